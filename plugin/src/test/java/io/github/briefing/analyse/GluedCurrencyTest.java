package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GluedCurrencyTest {

    /** The rule as one pattern of all symbols, longest first: what the search must do, however it does it. */
    private static final Pattern RULE = rule();

    @Test
    void aSymbolGluedToAFigureIsSetApart() {
        assertEquals("investasi Rp 88 triliun", GluedCurrency.separated("investasi Rp88 triliun"));
        assertEquals("a loan of RM 5 million", GluedCurrency.separated("a loan of RM5 million"));
    }

    @Test
    void lettersThatAreNoSymbolOrStandInsideAWordStay() {
        String text = "the G20, the A380, COVID19 and the XRp5 code";
        assertEquals(text, GluedCurrency.separated(text));
    }

    @Test
    void separatesAsThePatternOfAllSymbolsDoes() {
        List<String> symbols = new ArrayList<>(GluedCurrency.all());
        symbols.sort(null);
        assertTrue(symbols.size() > 20, "CLDR has many narrow symbols ending in a letter");
        String[] fillers = {" ", "", "x", "1", "12", ".", "-", "年", "a ", "(", "\u00A0", "Rp", "kr", "\uD840\uDC00"};
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(8); part >= 0; part--) {
                text.append(random.nextBoolean() ? symbols.get(random.nextInt(symbols.size()))
                        : fillers[random.nextInt(fillers.length)]);
            }
            String s = text.toString();
            assertEquals(RULE.matcher(s).replaceAll("$1 "), GluedCurrency.separated(s), s);
        }
    }

    private static Pattern rule() {
        TreeSet<String> symbols = new TreeSet<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        symbols.addAll(GluedCurrency.all());
        StringBuilder alternatives = new StringBuilder();
        symbols.forEach(s -> alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(s)));
        return Pattern.compile("(?<!\\p{L})(" + alternatives + ")(?=\\d)");
    }
}

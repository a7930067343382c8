package io.github.briefing.analyse;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The narrow currency symbols of CLDR that end in a letter and so hide a figure written against them (Rp, RM, kr,
 * zł); those ending in a sign (US$, €) hide nothing. Digits inside other Latin words (A380, COVID19) stay unread.
 * A symbol counts where no letter stands before it and an ASCII digit right after it; of two starting at one place
 * the longer wins, and a symbol found ends the search for others inside it.
 * <p>
 * Looked up only where a letter meets a digit: a pattern of some hundred alternatives tried at every character of
 * every article cost more than the rest of the number reading.
 */
final class GluedCurrency {

    /** One-letter symbols (R, K, G) are also the letters of codes such as G20 or F1. */
    private static final int SHORTEST_SYMBOL = 2;
    private static final Set<String> SYMBOLS = symbols();
    /** In chars, as the text is searched. */
    private static final int LONGEST = SYMBOLS.stream().mapToInt(String::length).max().orElse(0);
    private static final int SHORTEST = SYMBOLS.stream().mapToInt(String::length).min().orElse(0);

    private GluedCurrency() {
    }

    /** The text with a space after each currency symbol glued to a figure: "Rp88" reads "Rp 88". */
    static String separated(String text) {
        List<int[]> found = new ArrayList<>();
        for (int end = 1; end < text.length(); end++) {
            char digit = text.charAt(end);
            if (digit < '0' || digit > '9' || !Character.isLetter(text.codePointBefore(end))) {
                continue;
            }
            // Longest first: the longer of two symbols ending here starts first.
            for (int length = Math.min(LONGEST, end); length >= SHORTEST; length--) {
                int start = end - length;
                if ((start == 0 || !Character.isLetter(text.charAt(start - 1)))
                        && SYMBOLS.contains(text.substring(start, end))) {
                    found.add(new int[] {start, end});
                }
            }
        }
        if (found.isEmpty()) {
            return text;
        }
        found.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> -f[1]));
        StringBuilder separated = new StringBuilder(text.length() + found.size());
        int copied = 0;
        for (int[] symbol : found) {
            if (symbol[0] >= copied) {
                separated.append(text, copied, symbol[1]).append(' ');
                copied = symbol[1];
            }
        }
        return separated.append(text, copied, text.length()).toString();
    }

    /** The symbols, for tests. */
    static Set<String> all() {
        return SYMBOLS;
    }

    private static Set<String> symbols() {
        Set<String> symbols = new HashSet<>();
        for (Currency currency : Currency.getAvailableCurrencies()) {
            symbols.add(currency.getName(ULocale.ROOT, Currency.NARROW_SYMBOL_NAME, null));
        }
        symbols.removeIf(s -> s.codePointCount(0, s.length()) < SHORTEST_SYMBOL
                || !Character.isLetter(s.codePointBefore(s.length())) || s.codePoints().anyMatch(Character::isWhitespace));
        return Set.copyOf(symbols);
    }
}

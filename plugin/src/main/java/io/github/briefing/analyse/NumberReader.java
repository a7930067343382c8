package io.github.briefing.analyse;

import com.ibm.icu.text.Normalizer2;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quantities written in a text, normalised across locales: 1.000 = 1,000 = 1000 (a separator followed by exactly
 * three digits groups thousands), 3,5 = 3.5, and scale words in many languages ("3 juta" = "3 million" =
 * "3 Millionen" = "3 млн" = 3000000; "300万" = 3000000). A currency symbol written against the figure ("Rp88",
 * "RM5") does not hide it.
 */
public final class NumberReader {

    private static final Map<String, Long> SCALES = Map.ofEntries(
            Map.entry("thousand", 1_000L), Map.entry("ribu", 1_000L), Map.entry("tausend", 1_000L),
            Map.entry("mil", 1_000L), Map.entry("тысяч", 1_000L), Map.entry("тысячи", 1_000L), Map.entry("тыс", 1_000L),
            Map.entry("bin", 1_000L), Map.entry("tysięcy", 1_000L), Map.entry("千", 1_000L),
            Map.entry("万", 10_000L), Map.entry("萬", 10_000L),
            Map.entry("million", 1_000_000L), Map.entry("millions", 1_000_000L), Map.entry("juta", 1_000_000L),
            Map.entry("millionen", 1_000_000L), Map.entry("mio", 1_000_000L), Map.entry("millones", 1_000_000L),
            Map.entry("millón", 1_000_000L), Map.entry("milhões", 1_000_000L), Map.entry("milioni", 1_000_000L),
            Map.entry("miljoen", 1_000_000L), Map.entry("миллиона", 1_000_000L), Map.entry("миллионов", 1_000_000L),
            Map.entry("миллион", 1_000_000L), Map.entry("млн", 1_000_000L), Map.entry("milyon", 1_000_000L),
            Map.entry("milionów", 1_000_000L), Map.entry("miliony", 1_000_000L), Map.entry("milion", 1_000_000L),
            Map.entry("milljónir", 1_000_000L), Map.entry("milljón", 1_000_000L), Map.entry("مليون", 1_000_000L),
            Map.entry("billion", 1_000_000_000L), Map.entry("billions", 1_000_000_000L), Map.entry("miliar", 1_000_000_000L),
            Map.entry("milliarden", 1_000_000_000L), Map.entry("milliarde", 1_000_000_000L), Map.entry("mrd", 1_000_000_000L),
            Map.entry("milliards", 1_000_000_000L), Map.entry("milliard", 1_000_000_000L),
            Map.entry("миллиардов", 1_000_000_000L), Map.entry("млрд", 1_000_000_000L), Map.entry("milyar", 1_000_000_000L),
            Map.entry("億", 100_000_000L), Map.entry("亿", 100_000_000L), Map.entry("مليار", 1_000_000_000L));
    /** Tried at digits alone ({@link MatchStarts}): its script test, tried at every character, was most of the cost. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?=\\d)(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{IsGreek}\\d.,])(\\d{1,3}(?:([.,\u00A0\u202F ])\\d{3})(?:\\2\\d{3})*|\\d+)(?:([.,])(\\d{1,2}|\\d{4,}))?(?![\\d])"
                    + "\\s*(\\p{L}+)?");

    /** What groups the thousands of a figure: "1.000", "1,000", "1 000". */
    private static final Pattern GROUPING = Pattern.compile("[.,\u00A0\u202F ]");
    private static final Normalizer2 WIDTH = Normalizer2.getNFKCInstance();

    private NumberReader() {
    }

    /** Normalised numbers in reading order, without duplicates. */
    public static Set<String> read(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        // Full-width digits and separators (Japanese, Chinese) become ASCII ones.
        MatchStarts figures = MatchStarts.atDigits(NUMBER, GluedCurrency.separated(WIDTH.normalize(text)));
        while (figures.find()) {
            Matcher m = figures.matcher();
            String whole = GROUPING.matcher(m.group(1)).replaceAll("");
            String fraction = m.group(4) == null ? "" : "." + m.group(4);
            BigDecimal value;
            try {
                value = new BigDecimal(whole + fraction);
            } catch (NumberFormatException e) {
                continue;
            }
            String word = m.group(5);
            Long scale = word == null ? null : scale(word);
            if (scale == null && word != null) {
                // Scripts without spaces put the scale character first in the following run: "300万人".
                scale = SCALES.get(word.substring(0, 1));
            }
            if (scale != null) {
                value = value.multiply(BigDecimal.valueOf(scale));
            }
            numbers.add(value.stripTrailingZeros().toPlainString());
        }
        return numbers;
    }

    /** The power of ten a scale word stands for ("juta", "million", "млн"), or null. */
    public static Long scale(String word) {
        return SCALES.get(word.toLowerCase(Locale.ROOT));
    }
}

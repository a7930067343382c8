package io.github.briefing.analyse;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Small numbers written as words in one language ("three" = "tiga" = "drei" = "три" = 3, "third" = "ketiga" = 3,
 * "dua belas" = "twelve" = 12), read from ICU's spell-out rules (CLDR): every cardinal and ordinal form the language
 * has, in every gender and case. A story told in two languages often writes a small number in words in both, and
 * then it is one of the few anchors they share.
 */
final class NumberWords {

    /** "One" also reads as an article or a pronoun (a, ein, un, satu, один), and "first" as an ordinary adjective. */
    private static final int SMALLEST = 2;
    /** Up to here every number; above it the tens only ("forty", "empat puluh"): news text writes the rest in digits. */
    private static final int EVERY_UP_TO = 20;
    private static final int LARGEST = 100;
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\s\\-\u2010\u2011]+");
    /** The characters of {@link #WORD_BREAKS}: the spaces of {@code \s}, hyphens. */
    private static final String WORD_BREAK_CHARS = " \t\n\u000B\f\r-\u2010\u2011";
    private static final Map<String, NumberWords> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final NumberWords NONE = new NumberWords(Map.of());

    /** Spelled forms, lower case with single spaces between their words, and the numbers they stand for. */
    private final Map<String, Integer> values;
    private final int longest;
    /** The first words of the forms: a word that is none of them starts no number, whatever follows it. */
    private final Set<String> firstWords;

    private NumberWords(Map<String, Integer> values) {
        this.values = values;
        this.longest = values.keySet().stream().mapToInt(f -> f.split(" ").length).max().orElse(0);
        this.firstWords = values.keySet().stream().map(f -> f.split(" ")[0]).collect(Collectors.toUnmodifiableSet());
    }

    /** A number read from words: its value and how many words it took. */
    record Reading(long value, int words) {
    }

    /** The number words of a language (an ISO 639 code); none for an unknown language or one ICU cannot spell. */
    static NumberWords of(String language) {
        return language == null ? NONE : BY_LANGUAGE.computeIfAbsent(language, NumberWords::load);
    }

    private static NumberWords load(String language) {
        ULocale locale = new ULocale(language);
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        if (!format.getLocale(ULocale.ACTUAL_LOCALE).getLanguage().equals(locale.getLanguage())) {
            return NONE; // ICU fell back to another language's words
        }
        Map<String, Integer> values = new HashMap<>();
        for (String rules : format.getRuleSetNames()) {
            if (rules.contains("year")) {
                continue; // years are read as years ("nineteen ninety"), not as small quantities
            }
            for (int n = SMALLEST; n <= LARGEST; n += n < EVERY_UP_TO ? 1 : 10) {
                String form = normalise(format.format(n, rules));
                // Scripts written without spaces put number characters inside other words (一部, 統一).
                if (form.codePoints().noneMatch(Character::isIdeographic)) {
                    values.putIfAbsent(form, n);
                }
            }
        }
        return new NumberWords(values);
    }

    /** Lower case, soft hyphens out, hyphens and spaces as single spaces: "twenty-one" = "twenty one". */
    private static String normalise(String form) {
        String plain = form.replace("\u00AD", "").toLowerCase(Locale.ROOT);
        return WORD_BREAKS.matcher(plain).replaceAll(" ").strip();
    }

    /**
     * The number written in words from word {@code t} on (the longest form that starts there), given each word's
     * span ({start, end}) in {@code text}; null when none starts there. Words of one number stand apart by spaces or
     * hyphens only.
     */
    Reading at(String text, List<int[]> spans, int t) {
        if (t >= spans.size() || !firstWords.contains(key(text.substring(spans.get(t)[0], spans.get(t)[1])))) {
            return null;
        }
        StringBuilder form = new StringBuilder();
        Reading found = null;
        for (int k = t; k < Math.min(spans.size(), t + longest); k++) {
            if (k > t) {
                String gap = text.substring(spans.get(k - 1)[1], spans.get(k)[0]);
                if (!isWordBreak(gap)) {
                    break;
                }
                form.append(' ');
            }
            form.append(text, spans.get(k)[0], spans.get(k)[1]);
            Integer value = values.get(key(form.toString()));
            if (value != null) {
                found = new Reading(value, k - t + 1);
            }
        }
        return found == null ? null : scaled(found, text, spans, t + found.words());
    }

    /** A form as written, as the forms are kept: soft hyphens out, lower case. */
    private static String key(String written) {
        return written.replace("\u00AD", "").toLowerCase(Locale.ROOT);
    }

    /** What {@link #WORD_BREAKS} matches as a whole, checked without matching: one or more spaces and hyphens. */
    private static boolean isWordBreak(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            if (WORD_BREAK_CHARS.indexOf(gap.charAt(i)) < 0) {
                return false;
            }
        }
        return !gap.isEmpty();
    }

    /** A number and the scale word right after it, if there is one ("tiga juta" = "three million" = 3000000). */
    private static Reading scaled(Reading number, String text, List<int[]> spans, int next) {
        if (next >= spans.size() || !text.substring(spans.get(next - 1)[1], spans.get(next)[0]).isBlank()) {
            return number;
        }
        Long scale = NumberReader.scale(text.substring(spans.get(next)[0], spans.get(next)[1]));
        return scale == null ? number : new Reading(number.value() * scale, number.words() + 1);
    }
}

package io.github.briefing.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What grade two articles reach by chance, for each pair of languages, read off the corpus itself: the median grade of
 * its scored pairs of those languages. Across languages the words view shares nearly nothing, so a pair of
 * languages grades lower than a pair in one language for the same likeness (on semeval, scored pairs' medians
 * 0.17 against 0.28). {@link #calibrated} puts a cross-lingual grade on the one-language scale: the same distance
 * above that pair of languages' chance, as a share of what is left up to 1, reads the same.
 */
final class ChanceGrades {

    /** Fewer scored pairs than this give a language pair no median of its own: it takes that of all such pairs. */
    static final int MIN_PAIRS = 30;

    /** The median grade of pairs within one language; NaN when the corpus has none. */
    private final double oneLanguage;
    /** The median grade of the pairs of each pair of languages ({@link #key}), and of all of them ({@link #ALL}). */
    private final Map<String, Double> crossLingual = new HashMap<>();
    private final IntFunction<String> language;

    /**
     * @param language each article's language, by position
     */
    ChanceGrades(List<PairScore> scores, IntFunction<String> language) {
        this.language = language;
        Map<String, List<Double>> grades = new HashMap<>();
        for (PairScore s : scores) {
            grades.computeIfAbsent(key(s), k -> new ArrayList<>()).add(s.grade());
        }
        oneLanguage = median(grades.entrySet().stream().filter(e -> e.getKey().isEmpty())
                .flatMap(e -> e.getValue().stream()).toList());
        crossLingual.put(ALL, median(grades.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .flatMap(e -> e.getValue().stream()).toList()));
        grades.forEach((k, v) -> {
            if (!k.isEmpty() && v.size() >= MIN_PAIRS) {
                crossLingual.put(k, median(v));
            }
        });
    }

    /** All pairs of two languages together. */
    private static final String ALL = "*";

    /**
     * The pair's grade on the one-language scale: a cross-lingual grade at its languages' chance grade becomes the
     * one-language chance grade, 1 stays 1 and 0 stays 0, linearly in between. One-language grades are unchanged,
     * and so is everything when the corpus has no pairs in one language to compare with.
     */
    double calibrated(PairScore s) {
        String key = key(s);
        if (key.isEmpty() || Double.isNaN(oneLanguage)) {
            return s.grade();
        }
        double chance = crossLingual.getOrDefault(key, crossLingual.get(ALL));
        return calibrated(s.grade(), chance, oneLanguage);
    }

    /** A grade on a scale whose chance grade is {@code chance}, moved to a scale whose chance grade is {@code to}. */
    static double calibrated(double grade, double chance, double to) {
        if (chance <= 0 || chance >= 1) {
            return grade;
        }
        return grade < chance ? grade * to / chance : to + (grade - chance) * (1 - to) / (1 - chance);
    }

    /** The two languages of a cross-lingual pair, in order; empty for a pair in one language. */
    private String key(PairScore s) {
        String x = String.valueOf(language.apply(s.i()));
        String y = String.valueOf(language.apply(s.j()));
        return x.equals(y) ? "" : x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

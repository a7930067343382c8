package io.github.briefing.match;

import java.util.List;
import java.util.function.IntFunction;

/**
 * What grade two articles reach by chance in one language and across two, read off the corpus itself: the median
 * grade of its scored pairs of each kind. Across languages the words view shares nearly nothing, so a cross-lingual
 * pair grades lower than a pair in one language for the same likeness (on semeval, scored pairs' medians 0.17
 * against 0.28). {@link #calibrated} puts a cross-lingual grade on the one-language scale: the same distance above
 * chance, as a share of what is left up to 1, reads the same. All cross-lingual pairs share one median: one median
 * per language pair would lift a pair of languages with no translations in the corpus (a low median) above one
 * whose many translations raise its median, and move an article's best partner to the wrong language.
 */
final class ChanceGrades {

    /** The median grade of pairs within one language, and across two; NaN when the corpus has none. */
    private final double oneLanguage;
    private final double crossLingual;
    private final IntFunction<String> language;

    /**
     * @param language each article's language, by position
     */
    ChanceGrades(List<PairScore> scores, IntFunction<String> language) {
        this.language = language;
        oneLanguage = median(scores.stream().filter(s -> !crossLingual(s)).mapToDouble(PairScore::grade).toArray());
        crossLingual = median(scores.stream().filter(this::crossLingual).mapToDouble(PairScore::grade).toArray());
    }

    /**
     * The pair's grade on the one-language scale: a cross-lingual grade at the cross-lingual chance grade becomes
     * the one-language chance grade, 1 stays 1 and 0 stays 0, linearly in between. One-language grades are
     * unchanged, and so is everything when the corpus has no pairs in one language to compare with.
     */
    double calibrated(PairScore s) {
        return crossLingual(s) && !Double.isNaN(oneLanguage) ? calibrated(s.grade(), crossLingual, oneLanguage)
                : s.grade();
    }

    /** A grade on a scale whose chance grade is {@code chance}, moved to a scale whose chance grade is {@code to}. */
    static double calibrated(double grade, double chance, double to) {
        if (chance <= 0 || chance >= 1) {
            return grade;
        }
        return grade < chance ? grade * to / chance : to + (grade - chance) * (1 - to) / (1 - chance);
    }

    private boolean crossLingual(PairScore s) {
        return !String.valueOf(language.apply(s.i())).equals(String.valueOf(language.apply(s.j())));
    }

    private static double median(double[] grades) {
        if (grades.length == 0) {
            return Double.NaN;
        }
        double[] sorted = grades.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}

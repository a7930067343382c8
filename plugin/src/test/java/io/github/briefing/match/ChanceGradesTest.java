package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChanceGradesTest {

    @Test
    void theScaleKeepsItsEndsAndMovesChanceToChance() {
        assertEquals(0, ChanceGrades.calibrated(0, 0.2, 0.3), 1e-9);
        assertEquals(1, ChanceGrades.calibrated(1, 0.2, 0.3), 1e-9);
        assertEquals(0.3, ChanceGrades.calibrated(0.2, 0.2, 0.3), 1e-9);
        double previous = -1;
        for (double g = 0; g <= 1; g += 0.05) {
            double c = ChanceGrades.calibrated(g, 0.2, 0.3);
            assertTrue(c > previous, "increasing at " + g);
            previous = c;
        }
    }

    @Test
    void aCrossLingualPairAtChanceReadsAsAOneLanguagePairAtChance() {
        // Articles 0..9 German, 10..19 English, 20..21 Japanese.
        List<PairScore> scores = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            scores.add(pair(k % 10, (k + 1) % 10, 0.2 + k * 0.005)); // German pairs
            scores.add(pair(k % 10, 10 + k % 10, 0.05 + k * 0.003)); // German-English pairs
        }
        scores.add(pair(20, 3, 0.3));
        ChanceGrades chance = new ChanceGrades(scores, ChanceGradesTest::language);
        List<PairScore> crossLingual = scores.stream().filter(s -> !language(s.i()).equals(language(s.j())))
                .sorted((a, b) -> Double.compare(a.grade(), b.grade())).toList();
        PairScore atChance = crossLingual.get(crossLingual.size() / 2);
        double oneLanguage = median(scores.stream().filter(s -> language(s.i()).equals(language(s.j()))).toList());
        assertEquals(oneLanguage, chance.calibrated(atChance), 1e-9);
        assertTrue(chance.calibrated(atChance) > atChance.grade(), "lifted");
        assertEquals(scores.get(0).grade(), chance.calibrated(scores.get(0)), 1e-12, "one language unchanged");
    }

    @Test
    void crossLingualPairsKeepTheirOrderWhateverTheirLanguages() {
        // A Japanese article's best partner stays its best partner, in whichever language each partner is.
        List<PairScore> scores = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            scores.add(pair(k, (k + 1) % 10, 0.3));
            scores.add(pair(20, 10 + k, 0.1 + 0.05 * k)); // Japanese-English: translations grade high
            scores.add(pair(20, k, 0.05 + 0.01 * k)); // Japanese-German: no translations, all low
        }
        ChanceGrades chance = new ChanceGrades(scores, ChanceGradesTest::language);
        List<PairScore> byGrade = scores.stream().filter(s -> s.i() == 20)
                .sorted((a, b) -> Double.compare(a.grade(), b.grade())).toList();
        for (int k = 1; k < byGrade.size(); k++) {
            assertTrue(chance.calibrated(byGrade.get(k)) >= chance.calibrated(byGrade.get(k - 1)));
        }
    }

    @Test
    void withoutPairsInOneLanguageNothingMoves() {
        List<PairScore> scores = List.of(pair(0, 10, 0.2), pair(1, 11, 0.6));
        ChanceGrades chance = new ChanceGrades(scores, ChanceGradesTest::language);
        assertEquals(scores.get(1).grade(), chance.calibrated(scores.get(1)), 1e-12);
    }

    /** A pair whose grade rises with {@code likeness}. */
    private static PairScore pair(int i, int j, double likeness) {
        return new PairScore(i, j, likeness, likeness, 1, 1, 0, likeness, likeness, likeness, likeness);
    }

    private static String language(int article) {
        return article < 10 ? "de" : article < 20 ? "en" : "ja";
    }

    private static double median(List<PairScore> scores) {
        double[] g = scores.stream().mapToDouble(PairScore::grade).sorted().toArray();
        return g.length % 2 == 1 ? g[g.length / 2] : (g[g.length / 2 - 1] + g[g.length / 2]) / 2;
    }
}

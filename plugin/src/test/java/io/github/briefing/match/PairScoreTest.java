package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairScoreTest {

    @Test
    void openingsSpelledAlikeRaiseTheGrade() {
        PairScore words = new PairScore(0, 1, 0.2, 0.1, 1, 1, 0, 0.1, 0.1, 0, 0);
        PairScore opening = new PairScore(0, 1, 0.2, 0.1, 1, 1, 0, 0.1, 0.1, 0, 0.5);
        PairScore headline = new PairScore(0, 1, 0.2, 0.1, 1, 1, 0, 0.1, 0.1, 0.5, 0.5);
        assertTrue(opening.grade() > words.grade());
        assertTrue(headline.grade() > opening.grade());
        assertEquals(1, new PairScore(0, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1).grade(), 1e-9);
        assertEquals(0, new PairScore(0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0).grade(), 1e-9);
    }

    @Test
    void theScoresKeptAreTheScoresRecalled() {
        PairScore s = new PairScore(3, 7, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9);
        assertEquals(s, PairScore.of(3, 7, s.values()));
    }
}

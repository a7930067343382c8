package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportedScoreTest {

    @Test
    void theScaleRunsFromNothingToIdentical() {
        assertEquals(0, ReportedScore.of(0), 1e-9);
        assertEquals(1, ReportedScore.of(1), 1e-9);
    }

    @Test
    void gradesUnderChanceShareLittleOfTheScaleButKeepTheirOrder() {
        double atChance = ReportedScore.of(ReportedScore.CHANCE_GRADE);
        assertEquals(ReportedScore.BELOW_CHANCE, atChance, 1e-9);
        assertTrue(ReportedScore.of(0.1) < ReportedScore.of(0.2));
        assertTrue(ReportedScore.of(0.2) < atChance);
        assertTrue(ReportedScore.of(0.5) - atChance > 0.5 - ReportedScore.CHANCE_GRADE,
                "above chance the scale spreads");
    }
}

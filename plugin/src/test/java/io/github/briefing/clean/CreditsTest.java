package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditsTest {

    @Test
    void anAgencyInCapitalsIsACreditButAnyWordAfterWithIsNot() {
        assertTrue(Credits.isCredit("Avec l'AFP"));
        assertFalse(Credits.isCredit("Les habitants attendent le bac avec une patience remarquable depuis la fermeture "
                + "du pont, disent les commerçants du port."));
    }

    @Test
    void everyLineThePatternFindsACreditInIsOneThatMayHoldIt() {
        // Pieces of credits in the cases and letters the pattern's case-insensitive matching takes as the same
        // ("ſ" for s, "İ" and "ı" for i), and pieces of other lines.
        String[] parts = {"contributed by", "Reporting BY", "\u017Fources:", "\u0130nformation from", "w\u0131th reporting from",
                "AVEC AFP", "avec l\u2019AP", "mit Material von", "(Mit DPA)", "SUMBER:", "con informaci\u00F3n de",
                "Dengan Informasi", "additional reporting", "with Ann's information", "b", "y", "B", "Y", "\u0130", "\u0131",
                "\u017F", "s", "m", "(", " ", "  ", "the bridge", "Photo", ":", "'s", "\u2019s", "\uD83D\uDE00", "\u212A"};
        Random random = new Random(5);
        int found = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            if (Credits.CREDIT.matcher(line).find()) {
                found++;
                assertTrue(Credits.mayHoldCredit(line.toString()), line.toString());
            }
        }
        assertTrue(found > 10_000, "credits found " + found);
    }

    @Test
    void aLineWithoutTheWordsOfCreditsIsPassedOver() {
        assertFalse(Credits.mayHoldCredit("The ferry runs every ten minutes until the bridge opens again."));
        assertTrue(Credits.mayHoldCredit("Reporting b\u0059 Ann Lee"));
    }
}

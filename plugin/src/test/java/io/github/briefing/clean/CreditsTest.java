package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditsTest {

    @Test
    void anAgencyInCapitalsIsACreditButAnyWordAfterWithIsNot() {
        assertTrue(Credits.isCredit("Avec l'AFP"));
        assertFalse(Credits.isCredit("Les habitants attendent le bac avec une patience remarquable depuis la fermeture "
                + "du pont, disent les commerçants du port."));
    }
}

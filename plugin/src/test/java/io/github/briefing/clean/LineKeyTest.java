package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LineKeyTest {

    @Test
    void ignoresQuotesDashesCaseAndSpacing() {
        assertEquals(LineKey.of("The mayor's \"plan\" -- approved"), LineKey.of("The  Mayor’s “plan” — approved "));
    }

    @Test
    void keepsWords() {
        assertNotEquals(LineKey.of("The plan approved"), LineKey.of("The plan rejected"));
    }
}

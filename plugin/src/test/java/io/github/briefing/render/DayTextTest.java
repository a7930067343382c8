package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DayTextTest {

    @Test
    void aDayWithoutItsYearIsWrittenInWords() {
        assertEquals("3 November", DayText.display("11-03"));
        assertEquals("29 February", DayText.display("02-29"));
    }

    @Test
    void aFullDateAndAnythingUnreadableStayAsTheyAre() {
        assertEquals("2021-11-03", DayText.display("2021-11-03"));
        assertEquals("13-40", DayText.display("13-40"));
        assertEquals("soon", DayText.display("soon"));
    }
}

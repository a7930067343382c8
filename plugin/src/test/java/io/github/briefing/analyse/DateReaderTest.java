package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateReaderTest {

    /** The dates read, in reading order. */
    private static List<String> dates(String text) {
        return List.copyOf(DateReader.read(text));
    }

    @Test
    void aMonthBeforeItsDayIsReadOverPointsSpacesAndLineBreaks() {
        assertEquals(List.of("03-05"), dates("On March 5 the army"));
        assertEquals(List.of("03-05"), dates("März. 5 wurde"));
        assertEquals(List.of("03-12"), dates("on March\n12, 2019"));
        assertEquals(List.of("06-30"), dates("x\tJune\t30"));
        assertEquals(List.of("03-05"), dates("..March 5"));
        assertEquals(List.of("04-07", "06-08"), dates("April  7 and June 8"));
        assertEquals(List.of("03-05", "05-06"), dates("March 5th, May 6"));
    }

    @Test
    void noMonthDayWithoutAWholeMonthWordAndADayOfOneOrTwoDigits() {
        assertEquals(List.of(), dates("Ma 5"));
        assertEquals(List.of(), dates("May 5.5 percent"));
        assertEquals(List.of(), dates("May 123 units"));
        assertEquals(List.of(), dates("abc. 5"));
        assertEquals(List.of(), dates("Friday 13"));
        assertEquals(List.of("07-04"), dates("Maduro 5 times, then July 4"));
    }

    @Test
    void daysBeforeTheirMonthAndInOtherForms() {
        assertEquals(List.of("03-12", "04-03"), dates("el 12 de marzo y el 3 de abril"));
        assertEquals(List.of("2019-02-26", "02-26"), dates("2019-02-26 and 26 February"));
        assertEquals(List.of("02-26"), dates("2月26日"));
        assertEquals(List.of("06-03"), dates("3 июня"));
    }

    @Test
    void maskingBlanksTheDatesAndTimesWhereTheyAre() {
        assertEquals("On         the army", DateReader.masked("On March 5 the army"));
        assertEquals("the       Uhr news of          ", DateReader.masked("the 19.45 Uhr news of August 31"));
        assertEquals("       th,      ", DateReader.masked("March 5th, May 6"));
    }
}

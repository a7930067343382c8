package io.github.briefing.describe;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextDatesTest {

    /** A text's dates depend on its language and its page as well: one text asked in two ways gives two answers. */
    @Test
    void theSameTextIsReadByItsLanguageAndItsPage() {
        TextDates dates = new TextDates();
        String stamp = "Posted 03/04/2021";
        assertEquals(LocalDate.of(2021, 3, 4), dates.find(stamp, "en").get(0).date());
        assertEquals(LocalDate.of(2021, 4, 3), dates.find(stamp, "fr").get(0).date());
        assertEquals(LocalDate.of(2021, 4, 3), dates.find(stamp, "en", false).get(0).date());
        assertEquals(LocalDate.of(2021, 3, 4), dates.find(stamp, "fr", true).get(0).date());
        assertEquals(LocalDate.of(2021, 3, 4), dates.find(stamp, "en").get(0).date());
    }

    @Test
    void keptDatesAreThoseTheFinderReads() {
        TextDates dates = new TextDates();
        for (String text : new String[] {"Tuesday, March 19, 2019", "19 de marzo de 2019", "no date here", "2019-03-19"}) {
            for (int twice = 0; twice < 2; twice++) {
                assertEquals(DateFinder.find(text, "es"), dates.find(text, "es"), text);
            }
        }
    }
}

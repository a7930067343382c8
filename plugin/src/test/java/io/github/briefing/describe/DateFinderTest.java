package io.github.briefing.describe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateFinderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Posted 2021-07-04 by the desk|2021-07-04",
        "en|A Section on 07/04/2021|2021-07-04",
        "en|Sunday, July 4, 2021 at noon|2021-07-04",
        "en|4th Sunday, July 2021 - 10:00 UTC|2021-07-04",
        "en|Jul. 4, 2021Updated: later|2021-07-04",
        "de|Veröffentlicht am 4. Juli 2021|2021-07-04",
        "de|Stand: 04.07.2021, 12:00 Uhr|2021-07-04",
        "fr|Publié le dimanche 4 juillet 2021|2021-07-04",
        "es|Madrid, 4 de julio de 2021|2021-07-04",
        "pt|Publicado em 4 de julho de 2021|2021-07-04",
        "id|Jakarta, 4 Juli 2021|2021-07-04",
        "ru|4 июля 2021 года|2021-07-04",
        "ru|Опубликовано 26 февраля 2019 г.|2019-02-26",
        "ja|2021年7月4日 12時|2021-07-04",
        "it|domenica 4 luglio 2021|2021-07-04",
    })
    void readsDatesInManyLanguages(String lang, String text, String expected) {
        assertEquals(LocalDate.parse(expected), DateFinder.find(text, lang).get(0).date());
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(DateFinder.find("February 30, 2021 and 2021-13-01", "en").isEmpty());
    }

    @Test
    void aDayOver12SettlesTheOrder() {
        assertEquals(LocalDate.of(2021, 3, 19), DateFinder.find("19/03/2021", "fr").get(0).date());
        assertEquals(LocalDate.of(2021, 3, 19), DateFinder.find("03/19/2021", "en").get(0).date());
    }
}

package io.github.briefing.describe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

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
        // ISO and year first, in five languages
        "fr|Mis à jour 2021-07-04T10:00|2021-07-04",
        "ko|입력 2021.07.04 20:27|2021-07-04",
        "ja|2021/07/04 22:27|2021-07-04",
        "zh|发布时间 2021-07-04 08:00|2021-07-04",
        "sv|Publicerad 2021-07-04 kl. 10.00|2021-07-04",
        // day first with dots or slashes, in five languages
        "ru|Опубликовано 04.07.2021 в 10:00|2021-07-04",
        "pl|Data publikacji: 04.07.2021|2021-07-04",
        "tr|Güncelleme 04.07.2021 14:02|2021-07-04",
        "es|Publicado 04/07/2021 05:22 pm|2021-07-04",
        "pt|Do UOL 04/07/2021|2021-07-04",
        // a two-digit year, in five languages
        "de|Von Anna Berg, 4.7.21|2021-07-04",
        "en|On 07/04/21 at 4:00 PM EST|2021-07-04",
        "ru|04.07.21 12:15|2021-07-04",
        "fr|Publié le 04/07/21|2021-07-04",
        "nl|Geplaatst 04.07.21|2021-07-04",
        // month names in five more languages, a day glued to its month
        "de|4.Juli 2021 um 09:43|2021-07-04",
        "nl|4 juli 2021|2021-07-04",
        "tr|4 Temmuz 2021 Pazar|2021-07-04",
        "pl|4 lipca 2021|2021-07-04",
        "sv|söndag 4 juli 2021|2021-07-04",
        "ro|duminică, 4 iulie 2021|2021-07-04",
        "es|Domingo, 4 de Julio de 2021 a las 07:46hrs.|2021-07-04",
        "id|Posted on Juli 4, 2021 by Admin|2021-07-04",
        // month names cut after four letters where CLDR cuts them otherwise, in six languages
        "en|Published: Sept. 8, 2020 at 9:22 a.m. ET|2020-09-08",
        "de|Aktualisiert am 8. Febr. 2020|2020-02-08",
        "nl|Gepubliceerd op 8 febr. 2020|2020-02-08",
        "it|Pubblicato l'8 sett. 2020|2020-09-08",
        "sv|Publicerad 8 sept. 2020|2020-09-08",
        "da|Opdateret 8. sept. 2020|2020-09-08",
    })
    void readsDatesInManyLanguages(String lang, String text, String expected) {
        assertEquals(LocalDate.parse(expected), DateFinder.find(text, lang).get(0).date());
    }

    @Test
    void aCutThatStartsTwoMonthsNamesNoMonth() {
        // Czech June and July, "červen" and "červenec", share their first four letters.
        assertTrue(DateFinder.find("8 červ 2020", "cs").isEmpty());
        assertEquals(LocalDate.of(2020, 6, 8), DateFinder.find("8 června 2020", "cs").get(0).date());
    }

    @Test
    void fullWidthDigitsReadAsDatesAndKeepTheirPlaceInTheText() {
        String ja = "\u516C\u958B \uFF12\uFF10\uFF12\uFF10\u5E74\uFF17\u6708\uFF11\u65E5 \uFF11\uFF10\u6642";
        DateFinder.Found found = DateFinder.find(ja, "ja").get(0);
        assertEquals(LocalDate.of(2020, 7, 1), found.date());
        assertEquals(3, found.start());
        assertEquals("\uFF12\uFF10\uFF12\uFF10\u5E74\uFF17\u6708\uFF11\u65E5", ja.substring(found.start(), found.end()));
        assertEquals(LocalDate.of(2020, 7, 1),
                DateFinder.find("\u53D1\u5E03\u65F6\u95F4 \uFF12\uFF10\uFF12\uFF10\uFF0D\uFF10\uFF17\uFF0D\uFF10\uFF11", "zh").get(0).date());
        assertEquals(LocalDate.of(2020, 7, 1), DateFinder.find("\uC785\uB825 \uFF12\uFF10\uFF12\uFF10.\uFF10\uFF17.\uFF10\uFF11", "ko").get(0).date());
        assertEquals(LocalDate.of(2020, 7, 1), DateFinder.find("1 \uFF2A\uFF55\uFF4C\uFF59 \uFF12\uFF10\uFF12\uFF10", "en").get(0).date());
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertTrue(DateFinder.find("February 30, 2021 and 2021-13-01", "en").isEmpty());
    }

    @Test
    void aPageWithAnUnambiguousDateSettlesTheOrderOfItsOthers() {
        String page = "Updated 19/03/2021\nPosted 03/04/2021";
        assertEquals(LocalDate.of(2021, 4, 3),
                DateFinder.find("Posted 03/04/2021", "en", DateFinder.monthFirst(page.lines().toList())).get(0).date());
        assertEquals(LocalDate.of(2021, 3, 4), DateFinder.find("Posted 03/04/2021", "en").get(0).date());
    }

    @Test
    void versionNumbersAndLongerNumbersAreNoTwoDigitYearDates() {
        assertTrue(DateFinder.find("Release 1.2.10.4 and build 12.10.2021.5", "en").stream()
                .noneMatch(f -> f.date().getYear() == 2010));
    }

    @Test
    void aDayOver12SettlesTheOrder() {
        assertEquals(LocalDate.of(2021, 3, 19), DateFinder.find("19/03/2021", "fr").get(0).date());
        assertEquals(LocalDate.of(2021, 3, 19), DateFinder.find("03/19/2021", "en").get(0).date());
    }

    @Test
    void theMonthOrderOfAPageIsThatOfItsFirstTellingLine() {
        // Dates cut by line ends and blanks, glued to other digits, slashes and dots, full-width slashes and digits.
        String[] pieces = {"19/03/2021", "03/19/2021", "03/04/2021", "13.12.2021", "4/31/1999",
                "\uFF11\uFF19\uFF0F\uFF10\uFF13\uFF0F\uFF12\uFF10\uFF12\uFF11", "19", "3", "2021", "/", ".",
                "\uFF0F", "\n", " ", "\t", "\r\n", "x"};
        Random random = new Random(7);
        int told = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder page = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                page.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = page.toString();
            // The whole page read as one line: the search over the page that reading it line by line replaced.
            Boolean expected = DateFinder.monthFirst(List.of(text));
            told += expected == null ? 0 : 1;
            assertEquals(expected, DateFinder.monthFirst(text.lines().toList()), text);
            assertEquals(expected, DateFinder.monthFirst(text.lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList()), text);
        }
        assertTrue(told > 5000, "too few pages say: " + told);
    }
}

package io.github.briefing.describe;

import io.github.briefing.clean.CleanArticle;
import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageDateTest {

    private static final String BODY = "The regional council approved the new tram line after a long debate, and "
            + "building work is to start in the spring with three new stops along the river.";

    private static Optional<LocalDate> date(List<String> lines, String headline, List<String> masthead, String lang) {
        RawArticle raw = new RawArticle("p", Path.of("p.txt"), 0, String.join("\n", lines), GivenFacts.NONE);
        return PageDate.of(new CleanArticle(raw, headline, List.of(BODY), List.of(), masthead, masthead), lang,
                new TextDates());
    }

    private static List<String> filler(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add("Menu item " + i);
        }
        return lines;
    }

    /** The headline was not found: the one day the page's stamp lines state, far from the body, is still its date. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Veröffentlicht von Redaktion am 7. März 2021|2021-03-07",
        "fr|Publié le 7 mars 2021|2021-03-07",
        "es|Publicado el 7 de marzo de 2021 por Redacción|2021-03-07",
        "pt|domingo, 7 de março de 2021 às 10:13|2021-03-07",
        "ru|Новости региона 7 марта 2021|2021-03-07",
        "en|Posted March 7, 2021 by the desk|2021-03-07",
    })
    void thePagesOnlyStampedDayIsItsDate(String lang, String stamp, String expected) {
        List<String> lines = new ArrayList<>(filler(10));
        lines.add(stamp);
        lines.addAll(filler(30));
        lines.add(BODY);
        lines.add("Sentence telling of the vote held on 2 March 2021 in the town hall, before the summer, with many "
                + "people from the villages along the river attending it and speaking.");
        assertEquals(Optional.of(LocalDate.parse(expected)), date(lines, null, List.of(), lang));
    }

    @Test
    void stampLinesThatDisagreeStateNoDay() {
        List<String> lines = new ArrayList<>(filler(10));
        lines.add("7 March 2021");
        lines.addAll(filler(30));
        lines.add(BODY);
        lines.addAll(filler(30));
        lines.add("9 March 2021, 10:14");
        assertEquals(Optional.empty(), date(lines, null, List.of(), "en"));
    }

    /** Evenly spaced stamp lines of one shape with different days list teasers, whatever the language. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|Tram line approved|June 8, 2021|June 1, 2021|May 25, 2021|May 18, 2021|July 2, 2021",
        "de|Straßenbahn genehmigt|8. Juni 2021|1. Juni 2021|25. Mai 2021|18. Mai 2021|2. Juli 2021",
        "fr|Le tram approuvé|8 juin 2021|1 juin 2021|25 mai 2021|18 mai 2021|2 juillet 2021",
        "it|Il tram approvato|8 giugno 2021|1 giugno 2021|25 maggio 2021|18 maggio 2021|2 luglio 2021",
        "pl|Tramwaj zatwierdzony|8 czerwca 2021|1 czerwca 2021|25 maja 2021|18 maja 2021|2 lipca 2021",
    })
    void aTeaserListBelowTheHeadlineIsNotThePagesDate(String lang, String headline, String a, String b, String c,
                                                       String d, String own) {
        List<String> lines = new ArrayList<>(List.of(headline));
        for (String teaser : List.of(a, b, c, d)) {
            lines.add(teaser);
            lines.add("Teaser headline on " + teaser.length());
        }
        lines.add(BODY);
        lines.add(own + " 12:00");
        LocalDate expected = DateFinder.find(own, lang).get(0).date();
        assertEquals(Optional.of(expected), date(lines, headline, List.of(), lang));
    }

    @Test
    void listItemsMayCloseWithTheirDate() {
        List<String> lines = new ArrayList<>(List.of("Tram line approved"));
        for (String teaser : List.of("By Ann Lee 08/06/2021", "From Ana Ruiz 01/06/2021", "By Mere Tane 25/05/2021")) {
            lines.add(teaser);
            lines.add("Teaser headline");
        }
        lines.add(BODY);
        lines.add("02/07/2021 12:00");
        assertEquals(Optional.of(LocalDate.of(2021, 7, 2)), date(lines, "Tram line approved", List.of(), "en"));
    }

    @Test
    void listItemsOfAnyLengthAreAlikeWhereTheirDatesStandAtOnePlace() {
        List<String> lines = new ArrayList<>(List.of("Tram line approved", BODY));
        lines.add("Meeting 3: 4 May 2021, the route along the river");
        lines.add("Meeting 2: 20 April 2021, stops");
        lines.add("Meeting 1: 6 April 2021, the budget of the new line and its costs");
        lines.add("Updated 12 May 2021");
        assertEquals(Optional.of(LocalDate.of(2021, 5, 12)), date(lines, null, List.of(), "en"));
    }

    @Test
    void aCommentThreadOfOneDayIsNoList() {
        List<String> lines = new ArrayList<>(List.of("Tram line approved"));
        for (String time : List.of("09:12", "10:40", "11:02")) {
            lines.add("8 June 2021, " + time);
            lines.add("A reader comments");
        }
        assertEquals(Optional.of(LocalDate.of(2021, 6, 8)), date(lines, "Tram line approved", List.of(), "en"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|— Ann Lee (@annlee) March 4, 2021",
        "es|— Ana Ruiz (@anaruiz) 4 de marzo de 2021",
        "de|— Anna Berg (@anna_berg) 4. März 2021",
        "fr|— Anne Roy (@anneroy) 4 mars 2021",
        "pt|— Ana Lima (@analima) 4 de março de 2021",
    })
    void aQuotedPostsSignatureIsNotThePagesStamp(String lang, String signature) {
        List<String> lines = List.of("Tram line approved", signature, BODY);
        assertEquals(Optional.empty(), date(lines, "Tram line approved", List.of(), lang));
    }

    @Test
    void aDateDeepInALongerLineIsASentences() {
        List<String> lines = List.of("Tram line approved",
                "The next open meeting takes place on 5 May 2021 in the town hall of the old city.", BODY);
        assertEquals(Optional.empty(), date(lines, "Tram line approved", List.of(), "en"));
        List<String> stamped = List.of("Tram line approved",
                "Published Wednesday, 5 May 2021, 10:14 by Ann Lee in Local News, Transport and Politics", BODY);
        assertEquals(Optional.of(LocalDate.of(2021, 5, 5)), date(stamped, "Tram line approved", List.of(), "en"));
    }
}

package io.github.briefing.describe;

import io.github.briefing.clean.CleanArticle;
import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.Outlets;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriberTest {

    private static final String LEAD = "WELLINGTON (AFP) -- The city council said Tuesday it would close the old "
            + "harbour bridge for repairs, diverting thousands of commuters for at least six months.";
    private static final String MORE = "Engineers found corrosion during an inspection on Saturday, March 6, 2021, "
            + "according to AP, and the work will cost about 40 million dollars.";

    private static Article describe(GivenFacts given, String headline, List<String> paragraphs, List<String> masthead) {
        RawArticle raw = new RawArticle("a", Path.of("a.txt"), 0, String.join("\n\n", paragraphs), given);
        return new Describer(Outlets.NONE).describe(
                new CleanArticle(raw, headline, paragraphs, List.of(), masthead, masthead));
    }

    @Test
    void readsFactsFromTheMasthead() {
        Article a = describe(GivenFacts.NONE, "Council to close harbour bridge", List.of(LEAD, MORE),
                List.of("By Mere Tane", "09/03/2021 08:15", "(Harbour Herald News Desk)"));
        assertEquals("Council to close harbour bridge", a.title());
        assertEquals(LocalDate.of(2021, 9, 3), a.date());
        assertEquals(DateBasis.TEXT, a.dateBasis());
        assertEquals("Harbour Herald", a.outlet());
        assertEquals("WELLINGTON", a.dateline());
        assertEquals(List.of("AFP"), a.wires());
        assertEquals("en", a.lang());
    }

    private static Article describePage(List<String> header, List<String> masthead, String headline) {
        List<String> lines = new java.util.ArrayList<>(header);
        lines.add(LEAD);
        lines.add(MORE);
        RawArticle raw = new RawArticle("p", Path.of("p.txt"), 0, String.join("\n", lines), GivenFacts.NONE);
        return new Describer(Outlets.NONE).describe(
                new CleanArticle(raw, headline, List.of(LEAD, MORE), List.of(), masthead, masthead));
    }

    @Test
    void theDateBelowTheHeadlineWinsOverATickerAboveIt() {
        List<String> header = List.of("Ferry strike ends", "2 March 2021", "Council to close harbour bridge",
                "By Mere Tane | 9 March 2021");
        Article a = describePage(header, header, "Council to close harbour bridge");
        assertEquals(LocalDate.of(2021, 3, 9), a.date());
        assertEquals(DateBasis.TEXT, a.dateBasis());
    }

    @Test
    void aCaptionTellsOfAnotherDayNotOfThePage() {
        List<String> header = List.of("Council to close harbour bridge", "In this file photo taken on 14 June 2015, "
                + "commuters cross the old harbour bridge in Wellington during the morning rush hour");
        Article a = describePage(header, header, "Council to close harbour bridge");
        assertTrue(a.date() == null || a.date().getYear() == 2021, "no date from the caption: " + a.date());
        assertTrue(a.dateBasis() != DateBasis.TEXT);
    }

    @Test
    void metadataWins() {
        GivenFacts given = new GivenFacts("Given title", LocalDate.of(2020, 1, 2), "https://www.herald.example/x",
                null, "fr", "Ana Ruiz");
        Article a = describe(given, "Council to close harbour bridge", List.of(LEAD, MORE),
                List.of("09/03/2021 08:15"));
        assertEquals("Given title", a.title());
        assertEquals(LocalDate.of(2020, 1, 2), a.date());
        assertEquals(DateBasis.METADATA, a.dateBasis());
        assertEquals("herald.example", a.outlet());
        assertEquals("fr", a.lang());
        assertEquals("Ana Ruiz", a.author());
    }

    @Test
    void resolvesAReportedWeekdayAgainstAStatedDate() {
        Article a = describe(GivenFacts.NONE, null, List.of(LEAD, MORE), List.of());
        assertEquals(LocalDate.of(2021, 3, 9), a.date());
        assertEquals(DateBasis.WEEKDAY, a.dateBasis());
    }

    @Test
    void noDateWhereNoneIsStatedAndNoHeadlineIsMarkedDerived() {
        String lead = "The city council said it would close the old harbour bridge for repairs, diverting thousands "
                + "of commuters for at least six months.";
        Article a = describe(GivenFacts.NONE, null, List.of(lead), List.of());
        assertNull(a.date());
        assertNull(a.dateBasis());
        assertTrue(a.titleDerived());
        assertTrue(a.title().startsWith("The city council said"));
    }

    @Test
    void aPassingMentionOfAnAgencyIsNoCredit() {
        Article a = describe(GivenFacts.NONE, null, List.of(MORE, LEAD.replace(" (AFP)", "")),
                List.of("Information for this article was contributed by Ana Ruiz of The Associated Press."));
        assertEquals(List.of("Associated Press"), a.wires());
        Article b = describe(GivenFacts.NONE, null, List.of(MORE), List.of());
        assertTrue(b.wires().isEmpty());
    }

    @Test
    void anAgencyIsCreditedInAnyOfItsSpellings() {
        for (String credit : List.of("(Agence France-Presse)", "(Agence France Presse)", "Agence France-Presse",
                "(AFP)")) {
            Article a = describe(GivenFacts.NONE, null, List.of(MORE), List.of(credit));
            assertEquals(List.of("AFP"), a.wires(), credit);
        }
        Article dateline = describe(GivenFacts.NONE, null, List.of("PARIS (Agence France Presse) - " + MORE), List.of());
        assertEquals(List.of("AFP"), dateline.wires());
    }

    @Test
    void copiesOfOneBodyHoldItsParagraphsOnceAndKeepTheirOwnFacts() {
        Describer describer = new Describer(Outlets.NONE);
        List<String> body = List.of(LEAD, MORE);
        RawArticle page = new RawArticle("a", Path.of("a.txt"), 0, "Council to close harbour bridge\n"
                + String.join("\n", body), GivenFacts.NONE);
        RawArticle copyPage = new RawArticle("b", Path.of("b.txt"), 0, "Bridge to close, council says\n"
                + String.join("\n", body), GivenFacts.NONE);
        Article first = describer.describe(new CleanArticle(page, "Council to close harbour bridge", body, List.of(),
                List.of("09/03/2021 08:15"), List.of("09/03/2021 08:15")));
        List<String> sameText = List.of(new String(LEAD), new String(MORE));
        Article copy = describer.describe(new CleanArticle(copyPage, "Bridge to close, council says", sameText,
                List.of(), List.of("10/03/2021"), List.of("10/03/2021")));

        assertSame(first.paragraphs(), copy.paragraphs());
        assertEquals("en", copy.lang());
        assertEquals("Bridge to close, council says", copy.title());
        assertEquals(LocalDate.of(2021, 9, 3), first.date());
        assertEquals(LocalDate.of(2021, 10, 3), copy.date());
        assertEquals("b", copy.id());
    }

    @Test
    void aGivenLanguageWinsOverTheBodysKnownOne() {
        Describer describer = new Describer(Outlets.NONE);
        List<String> body = List.of(LEAD, MORE);
        RawArticle page = new RawArticle("a", Path.of("a.txt"), 0, String.join("\n", body), GivenFacts.NONE);
        assertEquals("en", describer.describe(new CleanArticle(page, null, body, List.of(), List.of())).lang());
        GivenFacts welsh = new GivenFacts(null, null, null, null, "cy", null);
        RawArticle given = new RawArticle("b", Path.of("b.txt"), 0, String.join("\n", body), welsh);
        assertEquals("cy", describer.describe(new CleanArticle(given, null, body, List.of(), List.of())).lang());
    }
}

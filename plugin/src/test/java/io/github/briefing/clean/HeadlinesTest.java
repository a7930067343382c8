package io.github.briefing.clean;

import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class HeadlinesTest {

    private static final List<String> BODY = List.of(
            "The city council voted on Wednesday to close the old harbour bridge for repairs, a decision that will "
                    + "divert thousands of commuters for at least six months.",
            "Engineers found corrosion in the steel supports during an inspection last month, the council said in a "
                    + "statement released after the vote.",
            "The work is expected to cost about 40 million dollars, most of it paid by the national transport agency, "
                    + "which has promised extra ferries during the closure.");

    private static CleanArticle clean(List<String> header) {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(BODY);
        RawArticle raw = new RawArticle("h", Path.of("h.txt"), 0, String.join("\n", lines), GivenFacts.NONE);
        return new Cleaner(SharedLines.of(List.of(raw))).clean(raw);
    }

    @Test
    void theHeadlineStandsAboveStandfirstAndByline() {
        CleanArticle clean = clean(List.of("Home", "Council closes harbour bridge",
                "Repairs will send thousands of commuters onto ferries for half a year.", "Mere Tane"));
        assertEquals("Council closes harbour bridge", clean.headline());
    }

    @Test
    void aPhotoCreditOrANameNextToTheBodyIsNoHeadline() {
        CleanArticle clean = clean(List.of("Harbour bridge to close for repairs", "Photo: Ann Lee", "Mere Tane"));
        assertEquals("Harbour bridge to close for repairs", clean.headline());
    }

    @Test
    void aMenuBetweenHeadlineAndBodyDoesNotWin() {
        CleanArticle clean = clean(List.of("Bridge closure: council votes to shut harbour crossing",
                "Latest Headlines", "Most Popular Stories", "Weather Forecast", "Traffic Cameras", "Local Events"));
        assertEquals("Bridge closure: council votes to shut harbour crossing", clean.headline());
        assertFalse(clean.paragraphs().contains(clean.headline()));
    }

    @Test
    void aShortHeadlineWinsOverTheLongerStandfirstBelowIt() {
        CleanArticle clean = clean(List.of("Home", "Harbour bridge to close for repairs",
                "Council says repairs to the corroded crossing will divert commuters for half a year"));
        assertEquals("Harbour bridge to close for repairs", clean.headline());
    }

    @Test
    void theWindowTitleWithTheSiteNameVouchesForTheHeadline() {
        CleanArticle clean = clean(List.of("Harbour bridge to shut for repairs - The Coastal Gazette", "Home",
                "Ferries to run every ten minutes", "Harbour bridge to shut for repairs", "Mere Tane"));
        assertEquals("Harbour bridge to shut for repairs", clean.headline());
    }
}

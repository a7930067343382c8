package io.github.briefing.clean;

import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleRunTest {

    private static final List<String> ARTICLE = List.of(
            "The city council voted on Wednesday to close the old harbour bridge for repairs, a decision that will "
                    + "divert thousands of commuters for at least six months.",
            "Engineers found corrosion in the steel supports during an inspection last month, the council said.");

    /** A consent dialog after the article, holding more running text than the article itself. */
    private static final List<String> NOTICE = List.of("Privacy preferences", "How this site uses storage",
            "We and our partners store and read information on your device to measure traffic, remember your settings "
                    + "and show content that suits your interests, as described in our policy.",
            "Some of this storage is needed for the site to work at all, so it cannot be switched off here, although "
                    + "your browser lets you remove it whenever you wish.",
            "Measurement helps us see which pages are read and how long they take to load, and the figures are only "
                    + "ever kept in an aggregated form without your address.",
            "You can change your choices at any time from the link in the footer of each page, and they will apply to "
                    + "every device on which you sign in with the same account.",
            "Accept all", "Reject all");

    private static List<String> page(String underHeadline) {
        List<String> lines = new ArrayList<>(List.of("Home", "News", "Sport", "Harbour bridge to close for repairs"));
        lines.add(underHeadline);
        lines.addAll(ARTICLE);
        // A long menu (of names without numbers, which would read as a list closing the text): out of the headline
        // search's reach from the notice.
        for (int topic = 0; topic < 50; topic++) {
            lines.add("Topic " + (char) ('A' + topic / 26) + (char) ('a' + topic % 26));
        }
        lines.addAll(NOTICE);
        return lines;
    }

    private static CleanArticle clean(List<String> lines) {
        RawArticle raw = new RawArticle("a", Path.of("a.txt"), 0, String.join("\n", lines), GivenFacts.NONE);
        return new Cleaner(SharedLines.of(List.of(raw))).clean(raw);
    }

    @Test
    void theRunUnderAHeaderBlockIsTheArticleThoughANoticeBelowHoldsMoreText() {
        CleanArticle clean = clean(page("12 May 2024 | By Mere Tane"));
        assertEquals("Harbour bridge to close for repairs", clean.headline());
        assertEquals(ARTICLE, clean.paragraphs());
    }

    @Test
    void withoutADateOrBylineAboveItTheShorterRunIsNotTaken() {
        CleanArticle clean = clean(page("Photos"));
        assertTrue(clean.paragraphs().contains(NOTICE.get(2)));
        assertFalse(clean.paragraphs().contains(ARTICLE.get(0)));
    }

    @Test
    void aRunAboveThatFindsTheSameHeadlineLeavesTheBodyToTheLongerRun() {
        // An introduction under the header block, a table of contents, then the article's text, whose words the
        // headline shares less than the introduction's: the headline found over the introduction weighs more.
        List<String> lines = new ArrayList<>(List.of("Home", "Harbour bridge to close for repairs",
                "12 May 2024 | By Mere Tane", ARTICLE.get(0), "Contents", "The vote", "The repairs", "The ferries",
                "The costs", "Harbour bridge to close for repairs"));
        List<String> text = List.of(
                "Ferries will run every twenty minutes during the closure, and the council will pay for extra crossings "
                        + "at night when the harbour is busiest with freight.",
                "The transport agency expects the repairs to cost about forty million, most of which it will pay from "
                        + "its budget for the coming two years.",
                "Residents on both shores have asked the council to publish a timetable for the work before the end of "
                        + "the month, so that businesses can plan their deliveries.");
        lines.addAll(text);
        CleanArticle clean = clean(lines);
        assertEquals("Harbour bridge to close for repairs", clean.headline());
        assertTrue(clean.paragraphs().containsAll(text));
    }
}

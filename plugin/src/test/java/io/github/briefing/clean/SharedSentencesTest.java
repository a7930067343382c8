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

class SharedSentencesTest {

    private static final String NOTICE = "We use cookies to give you the best experience on our website.";

    private static RawArticle article(String id, String text) {
        return new RawArticle(id, Path.of(id + ".txt"), 0, text, GivenFacts.NONE);
    }

    /** Texts of one line each (as scraped without line breaks), so that no line is shared whole. */
    private static List<RawArticle> outletOf(String... stories) {
        List<RawArticle> corpus = new ArrayList<>();
        for (int i = 0; i < stories.length; i++) {
            corpus.add(article("a" + i, stories[i] + " " + NOTICE));
        }
        return corpus;
    }

    @Test
    void aSentenceRecurringInUnrelatedArticlesIsTemplate() {
        List<RawArticle> corpus = outletOf(
                "The city council voted on Tuesday to close the old bridge for repairs. Engineers found corrosion "
                        + "in the steel supports during an inspection last month.",
                "A local bakery won the regional prize for its rye bread this weekend. The owners said they would "
                        + "spend the prize money on a second oven for the shop.");
        CleanArticle clean = new Cleaner(SharedLines.of(corpus)).clean(corpus.get(0));
        assertFalse(clean.body().contains("cookies"), clean.body());
        assertTrue(clean.body().startsWith("The city council voted"), clean.body());
        assertTrue(clean.removed().contains(NOTICE), "what is taken stays accountable");
    }

    @Test
    void storiesRunByManyOutletsStillShowTheTemplate() {
        List<RawArticle> corpus = new ArrayList<>();
        List<RawArticle> stories = outletOf(
                "The city council voted on Tuesday to close the old bridge for repairs. Engineers found corrosion "
                        + "in the steel supports during an inspection last month.",
                "A local bakery won the regional prize for its rye bread this weekend. The owners said they would "
                        + "spend the prize money on a second oven for the shop.");
        // each story run by a dozen outlets, each under a headline of its own
        for (RawArticle story : stories) {
            for (int outlet = 0; outlet < 12; outlet++) {
                corpus.add(article(story.id() + "-" + outlet,
                        "Outlet number " + outlet + " brings you story " + story.id() + " today\n" + story.text()));
            }
        }
        CleanArticle clean = new Cleaner(SharedLines.of(corpus)).clean(corpus.get(0));
        assertFalse(clean.body().contains("cookies"), clean.body());
        assertTrue(clean.body().contains("The city council voted"), clean.body());
    }

    @Test
    void copiesOfOneStoryKeepTheirSentences() {
        String story = "The city council voted on Tuesday to close the old bridge for repairs. Engineers found "
                + "corrosion in the steel supports during an inspection last month. The work is expected to cost "
                + "about 40 million dollars over two years.";
        List<RawArticle> corpus = List.of(article("a", story), article("b", story + " Local shops fear a drop in trade."));
        CleanArticle clean = new Cleaner(SharedLines.of(corpus)).clean(corpus.get(0));
        assertEquals(story, clean.body());
    }

    @Test
    void aTextOfNothingButTemplateKeepsIt() {
        List<RawArticle> corpus = outletOf("", "A local bakery won the regional prize for its rye bread this weekend.");
        CleanArticle clean = new Cleaner(SharedLines.of(corpus)).clean(corpus.get(0));
        assertEquals(NOTICE, clean.body());
    }

    @Test
    void aQuoteTwoReportsShareIsReporting() {
        String quote = "\u201CWe will rebuild the bridge before the winter comes,\u201D the mayor told reporters.";
        List<RawArticle> corpus = List.of(
                article("a", "The city council voted on Tuesday to close the old bridge for repairs. " + quote),
                article("b", "Commuters face months of detours after a vote on the old bridge downtown. " + quote));
        assertTrue(new Cleaner(SharedLines.of(corpus)).clean(corpus.get(0)).body().contains("the mayor told"));
    }

    @Test
    void oneCleanerGivesEachParagraphWhatItsOwnTextLeaves() {
        String story = "The city council voted on Tuesday to close the old bridge for repairs. Engineers found corrosion "
                + "in the steel supports during an inspection last month.";
        List<RawArticle> corpus = outletOf(story, "A local bakery won the regional prize for its rye bread this "
                + "weekend. The owners said they would spend the prize money on a second oven for the shop.");
        // The same paragraph with another mark: one sentence as the counts key it, another text.
        RawArticle asked = article("asked", story.replace("repairs.", "repairs?") + " " + NOTICE);
        Cleaner cleaner = new Cleaner(SharedLines.of(corpus));
        CleanArticle first = cleaner.clean(corpus.get(0));
        CleanArticle again = cleaner.clean(corpus.get(0));
        CleanArticle other = cleaner.clean(asked);
        assertEquals(first, again);
        assertTrue(again.removed().contains(NOTICE), "a paragraph met again still gives up its template sentence");
        assertTrue(first.body().contains("repairs. Engineers"), first.body());
        assertTrue(other.body().contains("repairs? Engineers"), other.body());
        assertFalse(other.body().contains("cookies"), other.body());
        assertTrue(other.removed().contains(NOTICE));
    }
}

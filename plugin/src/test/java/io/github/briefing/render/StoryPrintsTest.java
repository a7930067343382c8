package io.github.briefing.render;

import io.github.briefing.analyse.Anchors;
import io.github.briefing.describe.Article;
import io.github.briefing.analyse.NameKey;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class StoryPrintsTest {

    @TempDir
    Path cache;

    /** Each story page's print, by story id, as a build with these memories gives it (null: none). */
    private Map<String, String> prints(StoryPrints kept, MatchPrints.Last last, Briefing b) {
        PrintedBuild printed = PrintedBuild.of(b, cache);
        SiteIndex index = printed.index();
        StoryPrints.Build build = kept.new Build(index, printed.prints(), printed.matchPrints(last), printed.search());
        Map<String, String> pages = new LinkedHashMap<>();
        for (Story story : b.stories()) {
            List<FigureReading> figures = FigureChart.readings(story, index);
            StoryRef ref = SiteRenderer.storyRef(story, index);
            pages.put(story.id(), build.of(story, ref, figures,
                    CopiesFolded.of(ref.articles(), index).copies(),
                    index.storyFeedUrl(story), () -> SiteRenderer.storyParts(story, figures, index,
                            printed.search())));
        }
        build.done();
        return pages;
    }

    /** The prints of a build of {@code b} with no last build. */
    private Map<String, String> fresh(Briefing b) {
        return prints(new StoryPrints(), null, b);
    }

    private static Briefing withAnchors(Briefing b, String id, Anchors anchors) {
        Map<String, Anchors> all = new HashMap<>(b.anchors());
        all.put(id, anchors);
        return new Briefing(b.articles(), all, b.matches(), b.stories());
    }

    @Test
    void aRebuildTakesAStorysPrintOnlyWhenItsPageIsAsInTheLastBuild() {
        Briefing first = PrintedBuild.allMatching();
        Anchors harvest = first.anchors().get(Fixtures.EN);
        Map<String, Briefing> edits = new LinkedHashMap<>();
        edits.put("a score within the story", PrintedBuild.withMatches(first, m -> {
            Match t = m.get(0);
            m.set(0, new Match(t.a(), t.b(), 0.88, t.relation(), t.crossLingual(), t.evidence()));
            return m;
        }));
        edits.put("a match gone", PrintedBuild.withMatches(first, m -> {
            m.remove(0);
            return m;
        }));
        // a name both articles share, in one of them only: no match shows it, the story's names do
        edits.put("an article's names", withAnchors(first, Fixtures.EN, new Anchors(Set.of(NameKey.of("Puno")),
                harvest.places(), harvest.numbers(), Set.of(), Set.of())));
        edits.put("an article's places", withAnchors(first, Fixtures.ES, new Anchors(harvest.names(), Set.of("BO"),
                harvest.numbers(), Set.of(), Set.of())));
        edits.put("a headline", new Briefing(first.articles().stream().map(a -> !a.id().equals(Fixtures.ES) ? a
                : Fixtures.article(a.id(), a.lang(), "La cosecha de quinua crece", a.date(), a.dateBasis(),
                a.outlet(), a.paragraphs())).toList(), first.anchors(), first.matches(), first.stories()));
        Story s1 = first.stories().get(0);
        edits.put("an article joins the story", new Briefing(first.articles(), first.anchors(), first.matches(),
                List.of(new Story(s1.id(), s1.title(), s1.firstDate(), s1.lastDate(), List.of(Fixtures.EN,
                        Fixtures.ES, Fixtures.FR), s1.figures()))));
        for (Map.Entry<String, Briefing> edit : edits.entrySet()) {
            StoryPrints kept = new StoryPrints();
            MatchPrints.Last last = new MatchPrints.Last();
            Map<String, String> before = prints(kept, last, first);
            Map<String, String> after = prints(kept, last, edit.getValue());
            assertEquals(fresh(edit.getValue()), after, edit.getKey());
            assertNotEquals(before.get(s1.id()), after.get(s1.id()), edit.getKey() + " reaches the story's page");
            Map<String, String> back = prints(kept, last, first);
            assertEquals(before, back, edit.getKey() + ", undone");
        }
    }

    /**
     * The fixtures' briefing with a copy of the English text in a story of its own, carrying the text as given:
     * the harvest story's page lists the copy beside its English article.
     */
    private static Briefing withCopy(List<String> paragraphs) {
        Briefing b = PrintedBuild.allMatching();
        Article en = b.articles().get(0);
        Article copy = Fixtures.article(COPY, "en", "Peru's quinoa harvest at 2,500 tonnes", en.date(), en.dateBasis(),
                "Lima Post", paragraphs);
        List<Article> articles = new ArrayList<>(b.articles());
        articles.add(1, copy);
        Map<String, Anchors> anchors = new HashMap<>(b.anchors());
        anchors.put(COPY, anchors.get(Fixtures.EN));
        List<Match> matches = new ArrayList<>(b.matches());
        matches.add(0, new Match(Fixtures.EN, COPY, 0.97, Relation.TRANSLATION, false, b.matches().get(0).evidence()));
        List<Story> stories = new ArrayList<>(b.stories());
        stories.add(new Story("s3", copy.title(), copy.date(), copy.date(), List.of(COPY), List.of()));
        return new Briefing(articles, anchors, matches, stories);
    }

    private static final String COPY = "harvest/en-copy";

    @Test
    void aCopyEditedInAnotherStoryReachesThePageListingIt() {
        Briefing first = withCopy(Fixtures.briefing().articles().get(0).paragraphs());
        Briefing edited = withCopy(List.of("Farmers near Puno sold their quinoa early this year, a trader said."));
        StoryPrints kept = new StoryPrints();
        MatchPrints.Last last = new MatchPrints.Last();
        Map<String, String> before = prints(kept, last, first);
        Map<String, String> after = prints(kept, last, edited);
        assertEquals(fresh(edited), after);
        assertNotEquals(before.get("s1"), after.get("s1"), "the story's page no longer lists the copy");
        assertEquals(before, prints(kept, last, first), "undone");
    }

    @Test
    void aPageNoEditReachesKeepsTheLastBuildsPrint() {
        StoryPrints kept = new StoryPrints();
        MatchPrints.Last last = new MatchPrints.Last();
        Briefing first = PrintedBuild.allMatching();
        Map<String, String> before = prints(kept, last, first);
        Briefing rescored = PrintedBuild.withMatches(first, m -> {
            Match t = m.get(0);
            m.set(0, new Match(t.a(), t.b(), 0.88, t.relation(), t.crossLingual(), t.evidence()));
            return m;
        });
        Map<String, String> after = prints(kept, last, rescored);
        assertSame(before.get("s2"), after.get("s2"), "the single article's story shows no match that changed");
        assertNotEquals(before.get("s1"), after.get("s1"));
        Map<String, String> again = prints(kept, last, rescored);
        after.forEach((id, print) -> assertSame(print, again.get(id), id));
        // anchors equal but not the same instance are counted again, to the same print
        Briefing recounted = withAnchors(rescored, Fixtures.EN, new Anchors(rescored.anchors().get(Fixtures.EN)
                .names(), Set.of("PE"), Set.of("2500", "3000000"), Set.of(), Set.of()));
        assertEquals(after, prints(kept, last, recounted));
    }

    @Test
    void printsAreTakenOnlyBesideTheMatchPrintsTheyWereMadeWith() {
        StoryPrints kept = new StoryPrints();
        MatchPrints.Last last = new MatchPrints.Last();
        Briefing first = PrintedBuild.allMatching();
        Briefing rescored = PrintedBuild.withMatches(first, m -> {
            Match t = m.get(0);
            m.set(0, new Match(t.a(), t.b(), 0.88, t.relation(), t.crossLingual(), t.evidence()));
            return m;
        });
        prints(kept, last, first);
        PrintedBuild.failedAfterMatchPrints(rescored, cache, last);
        assertEquals(fresh(rescored), prints(kept, last, rescored));
    }
}

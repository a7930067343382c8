package io.github.briefing.render;

import io.github.briefing.cache.KeyedLines;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ArticlePrintsTest {

    @TempDir
    Path cache;

    /** The fixtures' three articles, each matching the two others (the lists of matches in order of their ids). */
    private static Briefing first() {
        Briefing b = Fixtures.briefing();
        Match translation = b.matches().get(0);
        List<Match> matches = List.of(translation, related(Fixtures.EN, Fixtures.FR, 0.41),
                related(Fixtures.ES, Fixtures.FR, 0.37));
        return new Briefing(b.articles(), b.anchors(), matches, b.stories());
    }

    private static Match related(String a, String b, double score) {
        return new Match(a, b, score, Relation.RELATED, true, new Evidence(List.of(), List.of("PE"), List.of(),
                List.of(), List.of()));
    }

    /** Each article page's print, by article id, as a build with these memories gives it (null: none). */
    private Map<String, String> prints(ArticlePrints kept, MatchPrints.Last last, Briefing b) {
        SiteIndex index = new SiteIndex(b);
        SearchIndex search = new SearchIndex(b.articles(), b.anchors(), index, new Words(),
                KeyedLines.open(cache, "terms.tsv", ""), Map.of());
        // each article known by a print of all it is, as the article cache knows it
        Map<Article, String> inputs = new IdentityHashMap<>();
        b.articles().forEach(a -> inputs.put(a, a.toString()));
        ModelFingerprint prints = new ModelFingerprint(Set.of(Article.class, ArticleRef.class, Story.class,
                StoryRef.class), inputs);
        ArticlePrints.Build build = kept.new Build(index, prints, new MatchPrints(index, search, prints, last));
        Map<String, String> pages = new LinkedHashMap<>();
        b.articles().forEach(a -> pages.put(a.id(), build.of(a, () -> SiteRenderer.matchesShown(a, index))));
        build.done();
        return pages;
    }

    /** The prints of a build of {@code b} with no last build. */
    private Map<String, String> fresh(Briefing b) {
        return prints(new ArticlePrints(), null, b);
    }

    private static Briefing withMatches(Briefing b, UnaryOperator<List<Match>> change) {
        return new Briefing(b.articles(), b.anchors(), change.apply(new ArrayList<>(b.matches())), b.stories());
    }

    private static Briefing withArticle(Briefing b, String id, UnaryOperator<Article> change) {
        return new Briefing(b.articles().stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList(),
                b.anchors(), b.matches(), b.stories());
    }

    private static Article retitled(Article a, String title) {
        return Fixtures.article(a.id(), a.lang(), title, a.date(), a.dateBasis(), a.outlet(), a.paragraphs());
    }

    @Test
    void aRebuildTakesAnArticlesPrintOnlyWhenItsPageIsAsInTheLastBuild() {
        Briefing first = first();
        Map<String, Briefing> edits = new LinkedHashMap<>();
        edits.put("a match gone", withMatches(first, m -> {
            m.remove(1);
            return m;
        }));
        edits.put("a score", withMatches(first, m -> {
            m.set(2, related(Fixtures.ES, Fixtures.FR, 0.52));
            return m;
        }));
        edits.put("the evidence", withMatches(first, m -> {
            Match r = m.get(2);
            m.set(2, new Match(r.a(), r.b(), r.score(), r.relation(), r.crossLingual(), new Evidence(List.of(),
                    List.of("FR"), List.of(), List.of(), List.of())));
            return m;
        }));
        edits.put("a headline", withArticle(first, Fixtures.FR, a -> retitled(a, "Un marché couvert ouvre")));
        edits.put("a paragraph", withArticle(first, Fixtures.FR, a -> Fixtures.article(a.id(), a.lang(), a.title(),
                a.date(), a.dateBasis(), a.outlet(), List.of("Le marché ouvre ses portes dimanche."))));
        Story s1 = first.stories().get(0);
        edits.put("a story", new Briefing(first.articles(), first.anchors(), first.matches(), List.of(
                new Story(s1.id(), s1.title(), s1.firstDate(), s1.lastDate(), List.of(Fixtures.EN, Fixtures.ES,
                        Fixtures.FR), s1.figures()))));
        for (Map.Entry<String, Briefing> edit : edits.entrySet()) {
            ArticlePrints kept = new ArticlePrints();
            MatchPrints.Last last = new MatchPrints.Last();
            Map<String, String> before = prints(kept, last, first);
            Map<String, String> after = prints(kept, last, edit.getValue());
            Map<String, String> clean = fresh(edit.getValue());
            assertEquals(clean, after, edit.getKey());
            assertNotEquals(before, after, edit.getKey() + " reaches a page");
            // and back (a match gone comes back): the pages the edit changed are printed again, the others are the
            // edit's build's own
            Map<String, String> back = prints(kept, last, first);
            assertEquals(before, back, edit.getKey() + ", undone");
            back.forEach((id, print) -> {
                if (print.equals(after.get(id))) {
                    assertSame(after.get(id), print, id + " is as in the build before");
                }
            });
        }
    }

    @Test
    void aPageNoEditReachesKeepsTheLastBuildsPrint() {
        ArticlePrints kept = new ArticlePrints();
        MatchPrints.Last last = new MatchPrints.Last();
        Briefing first = first();
        Map<String, String> before = prints(kept, last, first);
        Briefing rescored = withMatches(first, m -> {
            m.set(2, related(Fixtures.ES, Fixtures.FR, 0.52));
            return m;
        });
        Map<String, String> after = prints(kept, last, rescored);
        assertSame(before.get(Fixtures.EN), after.get(Fixtures.EN), "the English article's matches did not change");
        assertNotEquals(before.get(Fixtures.ES), after.get(Fixtures.ES));
        Map<String, String> again = prints(kept, last, rescored);
        after.forEach((id, print) -> assertSame(print, again.get(id), id));
    }

    @Test
    void printsAreTakenOnlyBesideTheMatchPrintsTheyWereMadeWith() {
        ArticlePrints kept = new ArticlePrints();
        MatchPrints.Last last = new MatchPrints.Last();
        Briefing first = first();
        Briefing rescored = withMatches(first, m -> {
            m.set(1, related(Fixtures.EN, Fixtures.FR, 0.52));
            return m;
        });
        prints(kept, last, first);
        // a build that compared and kept its match prints but failed before its pages were printed: the article
        // prints kept are the build before's, whose matches differ from those the match prints now stand for
        SiteIndex index = new SiteIndex(rescored);
        SearchIndex search = new SearchIndex(rescored.articles(), rescored.anchors(), index, new Words(),
                KeyedLines.open(cache, "terms.tsv", ""), Map.of());
        new MatchPrints(index, search, new ModelFingerprint(Set.of(ArticleRef.class)), last);
        assertEquals(fresh(rescored), prints(kept, last, rescored));
    }
}

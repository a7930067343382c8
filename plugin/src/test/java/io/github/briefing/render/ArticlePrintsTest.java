package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ArticlePrintsTest {

    @TempDir
    Path cache;

    /** Each article page's print, by article id, as a build with these memories gives it (null: none). */
    private Map<String, String> prints(ArticlePrints kept, MatchPrints.Last last, Briefing b) {
        PrintedBuild printed = PrintedBuild.of(b, cache);
        SiteIndex index = printed.index();
        ArticlePrints.Build build = kept.new Build(index, printed.prints(), printed.matchPrints(last));
        Map<String, String> pages = new LinkedHashMap<>();
        b.articles().forEach(a -> pages.put(a.id(), build.of(a, () -> SiteRenderer.matchesShown(a, index))));
        build.done();
        return pages;
    }

    /** The prints of a build of {@code b} with no last build. */
    private Map<String, String> fresh(Briefing b) {
        return prints(new ArticlePrints(), null, b);
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
        Briefing first = PrintedBuild.allMatching();
        Map<String, Briefing> edits = new LinkedHashMap<>();
        edits.put("a match gone", PrintedBuild.withMatches(first, m -> {
            m.remove(1);
            return m;
        }));
        edits.put("a score", PrintedBuild.withMatches(first, m -> {
            m.set(2, PrintedBuild.related(Fixtures.ES, Fixtures.FR, 0.52));
            return m;
        }));
        edits.put("the evidence", PrintedBuild.withMatches(first, m -> {
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
        Briefing first = PrintedBuild.allMatching();
        Map<String, String> before = prints(kept, last, first);
        Briefing rescored = PrintedBuild.withMatches(first, m -> {
            m.set(2, PrintedBuild.related(Fixtures.ES, Fixtures.FR, 0.52));
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
        Briefing first = PrintedBuild.allMatching();
        Briefing rescored = PrintedBuild.withMatches(first, m -> {
            m.set(1, PrintedBuild.related(Fixtures.EN, Fixtures.FR, 0.52));
            return m;
        });
        prints(kept, last, first);
        PrintedBuild.failedAfterMatchPrints(rescored, cache, last);
        assertEquals(fresh(rescored), prints(kept, last, rescored));
    }
}

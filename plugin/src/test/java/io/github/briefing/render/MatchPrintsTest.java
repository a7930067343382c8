package io.github.briefing.render;

import io.github.briefing.group.Briefing;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import io.github.briefing.cache.KeyedLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class MatchPrintsTest {

    private final Briefing briefing = Fixtures.briefing();
    private final Match match = briefing.matches().get(0);

    /** The print of {@code m} as the one match of a briefing of {@code b}'s articles. */
    private String print(Briefing b, Match m) {
        Briefing withMatch = new Briefing(b.articles(), b.anchors(), List.of(m), b.stories());
        SiteIndex index = new SiteIndex(withMatch);
        SearchIndex search = new SearchIndex(withMatch.articles(), withMatch.anchors(), index, new Words());
        return new MatchPrints(index, search, new ModelFingerprint(Set.of(ArticleRef.class))).of(m);
    }

    /** The prints of {@code matches}, all matches of one briefing of {@code b}'s articles. */
    private List<String> prints(Briefing b, List<Match> matches) {
        Briefing withMatches = new Briefing(b.articles(), b.anchors(), matches, b.stories());
        SiteIndex index = new SiteIndex(withMatches);
        SearchIndex search = new SearchIndex(withMatches.articles(), withMatches.anchors(), index, new Words());
        return new MatchPrints(index, search, new ModelFingerprint(Set.of(ArticleRef.class))).of(matches);
    }

    private static Match with(Match m, double score, Relation relation, List<String> names) {
        return new Match(m.a(), m.b(), score, relation, m.crossLingual(), new Evidence(names, m.evidence().places(),
                m.evidence().numbers(), m.evidence().dates(), m.evidence().acronyms()));
    }

    @Test
    void equalViewsEqualPrints() {
        assertEquals(print(briefing, match), print(Fixtures.briefing(), with(match, match.score(), match.relation(),
                match.evidence().names())));
        // the page shows two decimals: a change below them changes no page
        assertEquals(print(briefing, match), print(briefing, with(match, 0.9301, match.relation(),
                match.evidence().names())));
    }

    @Test
    void whatTheViewShowsChangesThePrint() {
        String before = print(briefing, match);
        assertNotEquals(before, print(briefing, with(match, 0.95, match.relation(), match.evidence().names())));
        assertNotEquals(before, print(briefing, with(match, match.score(), Relation.SAME_STORY,
                match.evidence().names())));
        assertNotEquals(before, print(briefing, with(match, match.score(), match.relation(),
                match.evidence().names().subList(0, 1))));
        Briefing retitled = new Briefing(briefing.articles().stream().map(a -> !a.id().equals(match.a()) ? a
                : Fixtures.article(a.id(), a.lang(), "Another headline", a.date(), a.dateBasis(), a.outlet(),
                a.paragraphs())).toList(), briefing.anchors(), briefing.matches(), briefing.stories());
        assertNotEquals(before, print(retitled, match), "a linked article's headline is shown");
    }

    @Test
    void evidenceBeyondWhatIsShownCountsOnlyByNumber() {
        List<String> many = IntStream.range(0, 15).mapToObj(i -> "name" + (char) ('a' + i)).toList();
        List<String> otherTail = new java.util.ArrayList<>(many);
        otherTail.set(14, "another");
        assertEquals(print(briefing, with(match, match.score(), match.relation(), many)),
                print(briefing, with(match, match.score(), match.relation(), otherTail)));
        assertNotEquals(print(briefing, with(match, match.score(), match.relation(), many)),
                print(briefing, with(match, match.score(), match.relation(), many.subList(0, 14))));
    }

    @Test
    void matchesOfEqualOrOtherNamesAreEachPrintedAsAlone() {
        // the names of equal lists are joined once for all the matches that list them: each still shows its own
        Match other = new Match(match.b(), Fixtures.FR, match.score(), match.relation(), match.crossLingual(),
                match.evidence());
        Match fewer = with(new Match(match.a(), Fixtures.FR, match.score(), match.relation(), match.crossLingual(),
                match.evidence()), match.score(), match.relation(), List.copyOf(match.evidence().names().subList(0, 1)));
        List<String> together = prints(briefing, List.of(match, other, fewer));
        assertEquals(List.of(print(briefing, match), print(briefing, other), print(briefing, fewer)), together);
    }

    /** The prints of a build in series (with a cache), taken where they can be from the build {@code last} kept. */
    private static List<String> inSeries(MatchPrints.Last last, Briefing b, Path cache) {
        SiteIndex index = new SiteIndex(b);
        SearchIndex search = new SearchIndex(b.articles(), b.anchors(), index, new Words(),
                KeyedLines.open(cache, "terms.tsv", ""), Map.of());
        return new MatchPrints(index, search, new ModelFingerprint(Set.of(ArticleRef.class)), last).of(b.matches());
    }

    @Test
    void aRebuildTakesTheLastBuildsPrintsOnlyWhereTheyAreEqual(@TempDir Path cache) {
        Match other = new Match(match.b(), Fixtures.FR, match.score(), match.relation(), match.crossLingual(),
                match.evidence());
        Briefing first = new Briefing(briefing.articles(), briefing.anchors(), List.of(match, other),
                briefing.stories());
        Briefing redated = new Briefing(briefing.articles().stream().map(a -> !a.id().equals(match.a()) ? a
                : Fixtures.article(a.id(), a.lang(), a.title(), a.date().plusDays(1), a.dateBasis(), a.outlet(),
                a.paragraphs())).toList(), briefing.anchors(), first.matches(), briefing.stories());
        List<Briefing> edits = List.of(first, redated,
                new Briefing(first.articles(), first.anchors(), List.of(with(match, 0.95, match.relation(),
                        match.evidence().names()), other), first.stories()),
                new Briefing(first.articles(), first.anchors(), List.of(with(match, match.score(), Relation.SAME_STORY,
                        match.evidence().names()), other), first.stories()),
                new Briefing(first.articles(), first.anchors(), List.of(with(match, match.score(), match.relation(),
                        match.evidence().names().subList(0, 1)), other), first.stories()),
                new Briefing(first.articles(), first.anchors(), List.of(other), first.stories()));
        for (Briefing edit : edits) {
            MatchPrints.Last last = new MatchPrints.Last();
            List<String> before = inSeries(last, first, cache);
            List<String> after = inSeries(last, edit, cache);
            assertEquals(inSeries(null, edit, cache), after);
            // the match to the French article changed in none: its print is the last build's own
            assertSame(before.get(1), after.get(after.size() - 1));
        }
    }

    @Test
    void printsNoPageCacheReadsAreNotComputed() {
        MatchPrints unread = MatchPrints.unread();
        assertEquals(List.of("", ""), unread.of(List.of(match, match)));
    }
}

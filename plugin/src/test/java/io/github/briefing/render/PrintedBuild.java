package io.github.briefing.render;

import io.github.briefing.cache.KeyedLines;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a rebuild's pages are printed with, made as a build in series makes it (its search terms kept in
 * {@code cache}, each article known by a print of all it is, as the article cache knows it), for the tests of the
 * prints kept from one build to the next.
 */
record PrintedBuild(Briefing briefing, SiteIndex index, SearchIndex search, ModelFingerprint prints) {

    static PrintedBuild of(Briefing b, Path cache) {
        SiteIndex index = new SiteIndex(b);
        SearchIndex search = new SearchIndex(b.articles(), b.anchors(), index, new Words(),
                KeyedLines.open(cache, "terms.tsv", ""), Map.of());
        Map<Article, String> inputs = new IdentityHashMap<>();
        b.articles().forEach(a -> inputs.put(a, a.toString()));
        return new PrintedBuild(b, index, search, new ModelFingerprint(Set.of(Article.class, ArticleRef.class,
                Story.class, StoryRef.class), inputs));
    }

    /** The match prints of this build, compared with and kept in {@code last} (null: none). */
    MatchPrints matchPrints(MatchPrints.Last last) {
        return new MatchPrints(index, search, prints, last);
    }

    /**
     * A build that compared and kept its match prints in {@code last} but failed before its pages were printed: the
     * page prints kept are the build before's, whose matches differ from those the match prints now stand for.
     */
    static void failedAfterMatchPrints(Briefing b, Path cache, MatchPrints.Last last) {
        SiteIndex index = new SiteIndex(b);
        SearchIndex search = new SearchIndex(b.articles(), b.anchors(), index, new Words(),
                KeyedLines.open(cache, "terms.tsv", ""), Map.of());
        new MatchPrints(index, search, new ModelFingerprint(Set.of(ArticleRef.class)), last);
    }

    /** The fixtures' three articles, each matching the two others (the matches in order of their ids). */
    static Briefing allMatching() {
        Briefing b = Fixtures.briefing();
        List<Match> matches = List.of(b.matches().get(0), related(Fixtures.EN, Fixtures.FR, 0.41),
                related(Fixtures.ES, Fixtures.FR, 0.37));
        return new Briefing(b.articles(), b.anchors(), matches, b.stories());
    }

    static Match related(String a, String b, double score) {
        return new Match(a, b, score, Relation.RELATED, true, new Evidence(List.of(), List.of("PE"), List.of(),
                List.of(), List.of()));
    }

    static Briefing withMatches(Briefing b, UnaryOperator<List<Match>> change) {
        return new Briefing(b.articles(), b.anchors(), change.apply(new ArrayList<>(b.matches())), b.stories());
    }
}

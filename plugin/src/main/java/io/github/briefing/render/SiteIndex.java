package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lookups every page needs, computed once per build so that rendering stays linear in the corpus: page names,
 * each article's story and matches, the groups of copies of one text, each outlet's articles and the stories it
 * reported first.
 */
final class SiteIndex {

    static final String UNKNOWN_OUTLET = "Unknown outlet";
    final Briefing briefing;
    final Map<String, Article> articles = new HashMap<>();
    final Map<String, String> articleSlugs;
    final Map<String, String> outletSlugs;
    final Map<String, Story> storyOf = new HashMap<>();
    final Map<String, List<Match>> matchesOf = new HashMap<>();
    /** Each match's place in the briefing's list, by identity: what is kept per match is kept in arrays by it. */
    private final Map<Match, Integer> places = new IdentityHashMap<>();
    final Map<String, List<Article>> byOutlet = new TreeMap<>();
    final Map<String, List<Story>> firstReports = new HashMap<>();
    final Map<String, ArticleRef> refs = new HashMap<>();
    /** Each story's file name, by its id: a slug is a few regular expressions, and every article page links its story. */
    private final Map<String, String> storySlugs;
    final CopyGroups copies;

    SiteIndex(Briefing briefing) {
        this.briefing = briefing;
        briefing.articles().forEach(a -> articles.put(a.id(), a));
        articleSlugs = Slugs.unique(articles.keySet());
        briefing.stories().forEach(s -> s.articles().forEach(id -> storyOf.put(id, s)));
        storySlugs = Slugs.unique(briefing.stories().stream().map(Story::id).toList());
        for (Match m : briefing.matches()) {
            places.put(m, places.size());
            matchesOf.computeIfAbsent(m.a(), k -> new ArrayList<>()).add(m);
            matchesOf.computeIfAbsent(m.b(), k -> new ArrayList<>()).add(m);
        }
        copies = new CopyGroups(articles, briefing.matches(), articleSlugs);
        briefing.articles().forEach(a -> byOutlet.computeIfAbsent(outletName(a), k -> new ArrayList<>()).add(a));
        outletSlugs = Slugs.unique(byOutlet.keySet());
        // A story's articles are in time order: the first one's outlet reported it first.
        briefing.stories().stream().filter(s -> s.articles().size() > 1 && articles.containsKey(s.articles().get(0)))
                .forEach(s -> firstReports.computeIfAbsent(outletName(articles.get(s.articles().get(0))),
                        k -> new ArrayList<>()).add(s));
        briefing.articles().forEach(a -> refs.put(a.id(), new ArticleRef(a.id(), articleUrl(a.id()), a.title(),
                a.titleDerived(), a.lang(), a.date() == null ? null : a.date().toString(),
                a.dateBasis() == DateBasis.INFERRED, a.outlet())));
    }

    static String outletName(Article a) {
        return a.outlet() == null ? UNKNOWN_OUTLET : a.outlet();
    }

    String articleUrl(String id) {
        return "articles/" + articleSlugs.get(id) + ".html";
    }

    String outletUrl(String outlet) {
        return "sources/" + outletSlugs.get(outlet) + ".html";
    }

    String storyUrl(Story story) {
        return "stories/" + storySlugs.get(story.id()) + ".html";
    }

    /**
     * The side-by-side page of a translation pair; null for other relations, and for an article and its copy (their
     * group's page reads them).
     */
    String compareUrl(Match m) {
        return m.relation() == Relation.TRANSLATION && !copies.together(m.a(), m.b())
                ? "compare/" + articleSlugs.get(m.a()) + "--" + articleSlugs.get(m.b()) + ".html" : null;
    }

    /** The group of articles that carry the text of {@code id}, as a link shows it; null when it is alone. */
    CopiesRef copiesOf(String id) {
        CopyGroups.Group group = copies.of(id);
        return group == null ? null : group.ref();
    }

    String storyFeedUrl(Story story) {
        return "feeds/stories/" + storySlugs.get(story.id()) + ".xml";
    }

    String outletFeedUrl(String outlet) {
        return "feeds/sources/" + outletSlugs.get(outlet) + ".xml";
    }

    /** The place of {@code m}, one of the briefing's matches (not an equal one), in their list. */
    int place(Match m) {
        Integer place = places.get(m);
        if (place == null) {
            throw new IllegalArgumentException("not one of the briefing's matches: " + m.a() + " / " + m.b());
        }
        return place;
    }

    ArticleRef ref(String id) {
        return refs.get(id);
    }

    List<Match> matchesOf(String id) {
        return matchesOf.getOrDefault(id, List.of());
    }
}

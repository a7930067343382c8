package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The lookups every page needs, computed once per build so that rendering stays linear in the corpus: page names,
 * each article's story and matches, each outlet's articles and the stories it reported first.
 */
final class SiteIndex {

    static final String UNKNOWN_OUTLET = "Unknown outlet";
    final Briefing briefing;
    final Map<String, Article> articles = new HashMap<>();
    final Map<String, String> articleSlugs;
    final Map<String, String> outletSlugs;
    final Map<String, Story> storyOf = new HashMap<>();
    final Map<String, List<Match>> matchesOf = new HashMap<>();
    final Map<String, List<Article>> byOutlet = new TreeMap<>();
    final Map<String, List<Story>> firstReports = new HashMap<>();
    final Map<String, ArticleRef> refs = new HashMap<>();
    private final PerInstance<Match, Boolean> sameText = new PerInstance<>(this::copies);

    SiteIndex(Briefing briefing) {
        this.briefing = briefing;
        briefing.articles().forEach(a -> articles.put(a.id(), a));
        articleSlugs = Slugs.unique(articles.keySet());
        briefing.stories().forEach(s -> s.articles().forEach(id -> storyOf.put(id, s)));
        for (Match m : briefing.matches()) {
            matchesOf.computeIfAbsent(m.a(), k -> new ArrayList<>()).add(m);
            matchesOf.computeIfAbsent(m.b(), k -> new ArrayList<>()).add(m);
        }
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

    static String storyUrl(Story story) {
        return "stories/" + Slugs.slug(story.id()) + ".html";
    }

    /** The side-by-side page of a translation pair; null for other relations. */
    String compareUrl(Match m) {
        return m.relation() == Relation.TRANSLATION
                ? "compare/" + articleSlugs.get(m.a()) + "--" + articleSlugs.get(m.b()) + ".html" : null;
    }

    /**
     * True when a translation pair is an article and its copy in the same language, nearly word for word (a wire
     * copy with its own headline or dateline): its compare page shows the text once. Decided from the texts, once.
     */
    boolean sameText(Match m) {
        return mayBeSameText(m) && sameText.get(m);
    }

    /** True for a translation pair in one language: whether it is the same text depends on the texts. */
    boolean mayBeSameText(Match m) {
        return compareUrl(m) != null && Objects.equals(articles.get(m.a()).lang(), articles.get(m.b()).lang());
    }

    private boolean copies(Match m) {
        return CopyDiff.sameText(articles.get(m.a()).paragraphs(), articles.get(m.b()).paragraphs());
    }

    static String storyFeedUrl(Story story) {
        return "feeds/stories/" + Slugs.slug(story.id()) + ".xml";
    }

    String outletFeedUrl(String outlet) {
        return "feeds/sources/" + outletSlugs.get(outlet) + ".xml";
    }

    ArticleRef ref(String id) {
        return refs.get(id);
    }

    List<Match> matchesOf(String id) {
        return matchesOf.getOrDefault(id, List.of());
    }
}

package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;
import io.github.briefing.read.Outlet;
import io.github.briefing.read.Outlets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The render stage: every page of the site from the briefing, through the theme's templates, plus the machine
 * readable files (briefing.json, feeds, sitemap). Links are relative, so the site works from any sub-path.
 */
public final class SiteRenderer {

    /** The theme's static files, copied as they are. */
    private static final List<String> ASSETS = List.of("style.css", "briefing.js");
    private final Templates templates;
    private final Outlets outlets;
    private final SiteInfo site;

    /** What every page says about the site as a whole. */
    public record SiteInfo(String title, String baseUrl, Instant generated, boolean exportText, Path pages,
                           List<String> buildNotes) {
    }

    public SiteRenderer(Path userTemplates, Outlets outlets, SiteInfo site) {
        this.templates = new Templates(userTemplates);
        this.outlets = outlets;
        this.site = site;
    }

    /** Renders the site into {@code folder} and returns the relative paths written. */
    public List<String> render(Briefing briefing, Path folder) {
        SiteWriter out = new SiteWriter(folder);
        SiteIndex index = new SiteIndex(briefing);
        List<StoryRef> stories = briefing.stories().stream().map(s -> storyRef(s, index)).toList();
        Map<String, StoryRef> storyRefs = new HashMap<>();
        stories.forEach(s -> storyRefs.put(s.id(), s));
        List<ArticleRef> latest = briefing.articles().stream().map(a -> index.ref(a.id()))
                .sorted(Comparator.comparing(ArticleRef::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ArticleRef::id))
                .toList();
        List<MarkdownPages.Page> pages = MarkdownPages.read(site.pages());
        Map<String, Object> common = Map.of("site", site, "pages", pages);

        page(out, common, "index.html", "index", "", Map.of("stories", stories, "latest", latest.subList(0, Math.min(10, latest.size())),
                "articleCount", briefing.articles().size(), "languages", languages(briefing.articles()),
                "outletCount", index.byOutlet.size(), "matchCount", crossLingual(briefing.matches()).size()));
        page(out, common, "timeline.html", "timeline", "", Map.of("days", timeline(stories)));
        List<OutletView> outletViews = outletViews(index, storyRefs);
        page(out, common, "sources/index.html", "sources", "../", Map.of("outlets", outletViews));
        for (OutletView outlet : outletViews) {
            page(out, common, outlet.url(), "source", "../", Map.of("outlet", outlet));
        }
        page(out, common, "stories/index.html", "stories", "../", Map.of("stories", stories));
        for (Story story : briefing.stories()) {
            StoryRef ref = storyRefs.get(story.id());
            page(out, common, ref.url(), "story", "../", Map.of("story", ref, "matches", story.articles().stream()
                    .flatMap(id -> index.matchesOf(id).stream())
                    .filter(m -> story == index.storyOf.get(m.a()) && story == index.storyOf.get(m.b()))
                    .distinct().map(m -> matchView(m, index)).toList()));
        }
        page(out, common, "matches.html", "matches", "", Map.of("groups", matchGroups(briefing.matches(), index)));
        for (Article article : briefing.articles()) {
            page(out, common, index.articleUrl(article.id()), "article", "../", Map.of("article", articleView(article, index)));
        }
        for (MarkdownPages.Page p : pages) {
            page(out, common, p.slug() + ".html", "page", "", Map.of("page", p));
        }
        page(out, common, "404.html", "404", "", Map.of());
        if (!site.buildNotes().isEmpty()) {
            page(out, common, "build-report.html", "build-report", "", Map.of("notes", site.buildNotes()));
        }
        for (String asset : ASSETS) {
            out.write("assets/" + asset, themeFile("briefing/static/" + asset));
        }
        out.write(".nojekyll", new byte[0]);
        out.write("briefing.json", BriefingJson.write(briefing, index, site.exportText()));
        out.write("feed.xml", AtomFeed.write(site, "", briefing.articles(), index));
        out.write("sitemap.xml", Sitemap.write(site.baseUrl(), out.written()));
        return out.written();
    }

    private void page(SiteWriter out, Map<String, Object> common, String path, String template, String root,
                      Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(common);
        all.putAll(model);
        all.put("root", root);
        all.put("path", path);
        out.write(path, templates.render(template, all));
    }

    private StoryRef storyRef(Story story, SiteIndex index) {
        List<ArticleRef> refs = story.articles().stream().map(index::ref).toList();
        return new StoryRef(story.id(), SiteIndex.storyUrl(story), story.title(), str(story.firstDate()),
                str(story.lastDate()), refs, distinct(refs.stream().map(ArticleRef::lang).toList()),
                distinct(refs.stream().map(ArticleRef::outlet).toList()), story.figures());
    }

    private ArticleView articleView(Article a, SiteIndex index) {
        Story story = index.storyOf.get(a.id());
        List<MatchView> matches = index.matchesOf(a.id()).stream()
                .sorted(Comparator.comparing(Match::score).reversed().thenComparing(m -> m.other(a.id())))
                .map(m -> matchView(m, index)).toList();
        return new ArticleView(index.ref(a.id()), a.dateBasis() == null ? null : a.dateBasis().label(), a.dateline(),
                a.outletBasis(), a.outlet() == null ? null : index.outletUrl(a.outlet()), a.wires(), a.author(),
                safeUrl(a.url()), a.paragraphs(), a.captions(), story, story == null ? null : SiteIndex.storyUrl(story),
                matches);
    }

    static MatchView matchView(Match m, SiteIndex index) {
        return new MatchView(index.ref(m.a()), index.ref(m.b()), String.format(java.util.Locale.ROOT, "%.2f", m.score()),
                m.relation().label(), m.crossLingual(), m.evidence().names(), m.evidence().places(),
                m.evidence().numbers(), m.evidence().dates());
    }

    private List<OutletView> outletViews(SiteIndex index, Map<String, StoryRef> storyRefs) {
        List<OutletView> views = new ArrayList<>();
        index.byOutlet.forEach((name, articles) -> {
            List<ArticleRef> refs = articles.stream().map(a -> index.ref(a.id()))
                    .sorted(Comparator.comparing(ArticleRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(ArticleRef::id)).toList();
            List<String> dates = refs.stream().map(ArticleRef::date).filter(Objects::nonNull).sorted().toList();
            List<String> wires = distinct(articles.stream().flatMap(a -> a.wires().stream()).toList());
            List<StoryRef> first = index.briefing.stories().stream()
                    .filter(s -> s.articles().size() > 1 && name.equals(SiteIndex.outletName(index.articles.get(s.articles().get(0)))))
                    .map(s -> storyRefs.get(s.id())).toList();
            Outlet known = outlets.find(name).orElse(null);
            views.add(new OutletView(name, index.outletUrl(name), known == null ? null : safeUrl(known.homepage()),
                    known == null ? null : known.country(), refs, distinct(refs.stream().map(ArticleRef::lang).toList()),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), wires, first));
        });
        return views;
    }

    /** Days in order, each with the stories' articles published that day; undated articles last. */
    private static Map<String, List<ArticleRef>> timeline(List<StoryRef> stories) {
        Map<String, List<ArticleRef>> days = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (StoryRef story : stories) {
            for (ArticleRef a : story.articles()) {
                days.computeIfAbsent(a.date() == null ? "undated" : a.date(), k -> new ArrayList<>()).add(a);
            }
        }
        return days;
    }

    /** Cross-lingual matches grouped by language pair, strongest first. */
    private static Map<String, List<MatchView>> matchGroups(List<Match> matches, SiteIndex index) {
        Map<String, List<MatchView>> groups = new TreeMap<>();
        crossLingual(matches).stream().sorted(Comparator.comparing(Match::score).reversed()
                        .thenComparing(Match::a).thenComparing(Match::b))
                .map(m -> matchView(m, index))
                .forEach(v -> groups.computeIfAbsent(String.join(" \u2194 ",
                        new TreeSet<>(List.of(String.valueOf(v.a().lang()), String.valueOf(v.b().lang())))),
                        k -> new ArrayList<>()).add(v));
        return groups;
    }

    private static List<Match> crossLingual(List<Match> matches) {
        return matches.stream().filter(Match::crossLingual).toList();
    }

    private static List<String> languages(List<Article> articles) {
        return distinct(articles.stream().map(Article::lang).toList());
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new TreeSet<>(values.stream().filter(Objects::nonNull).toList()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** Only web links leave the site: a javascript: or data: URL from scraped metadata is dropped. */
    static String safeUrl(String url) {
        return url != null && url.strip().matches("(?i)https?://\\S+") ? url.strip() : null;
    }

    private static byte[] themeFile(String resource) {
        try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the theme jar lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.briefing.render;

import io.github.briefing.analyse.Anchors;
import io.github.briefing.cache.KeyedLines;
import io.github.briefing.cache.PageCache;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;
import io.github.briefing.read.Outlet;
import io.github.briefing.read.Outlets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The render stage: every page of the site from the briefing, through the theme's templates, plus the machine
 * readable files (briefing.json, feeds, sitemap). Links are relative, so the site works from any sub-path.
 */
public final class SiteRenderer {

    /** The theme's static files, copied as they are. */
    private static final List<String> ASSETS = List.of("style.css", "briefing.js", "favicon.svg");
    private static final int LATEST = 10;
    private static final int LEADING_STORIES = 12;
    private static final int SHARED_ANCHORS = 24;
    static final int EVIDENCE_SHOWN = 10;
    private static final int MATCHES_SHOWN = 50;
    /**
     * By score, the highest first, then by the two ids. Written out: a chain of composed comparators cost twice as
     * much, sorting every cross-lingual match and every story's matches in every build.
     */
    private static final Comparator<Match> STRONGEST_FIRST = (x, y) -> {
        int order = Double.compare(y.score(), x.score());
        if (order == 0) {
            order = x.a().compareTo(y.a());
        }
        return order != 0 ? order : x.b().compareTo(y.b());
    };
    /**
     * Scores as shown, by score: formatting is most of what a match's print costs, and scores come rounded (a few
     * thousand distinct values in a corpus); kept up to a bound, as the JVM of an edit loop lives long.
     */
    private static final Map<Double, String> SHOWN_SCORES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SHOWN_SCORES_KEPT = 65_536;
    private final Templates templates;
    private final Outlets outlets;
    private final SiteInfo site;
    private final List<MarkdownPages.Page> pages;
    private final Map<String, Object> common;
    private final Frame frame;
    private final MatchLines matchLines;
    private final MatchItems matchItems;
    private final MatchItems storyMatches;
    private final ArticleBodies bodies;
    private final FragmentTexts<ArticleRef, ?> dates;
    private final FragmentTexts<CopiesRef, ?> copiesLinks;
    private final ArticlePages articlePages;
    private final RunTexts<Span> spans;
    private final RunTexts<TextRun> changes;

    /** What every page says about the site as a whole. */
    public record SiteInfo(String title, String baseUrl, Instant generated, boolean exportText, Path pages,
                           List<String> buildNotes) {
    }

    public SiteRenderer(Path userTemplates, Outlets outlets, SiteInfo site) {
        this.templates = new Templates(userTemplates);
        this.outlets = outlets;
        this.site = site;
        this.pages = MarkdownPages.read(site.pages());
        this.common = Map.of("site", site, "pages", pages);
        this.frame = new Frame(templates, common);
        this.matchLines = new MatchLines(templates);
        this.matchItems = MatchItems.lists(templates);
        this.storyMatches = MatchItems.stories(templates);
        this.bodies = new ArticleBodies(templates);
        this.dates = FragmentTexts.dates(templates);
        this.copiesLinks = FragmentTexts.copiesLinks(templates);
        this.articlePages = new ArticlePages(templates);
        this.spans = RunTexts.spans(templates);
        this.changes = RunTexts.changes(templates);
    }

    /**
     * What every page is rendered from besides its own model: the templates and the parts all pages share (the
     * site's settings, the Markdown pages in the menu). A page cache is valid only for an equal context.
     */
    public String context() {
        return ModelFingerprint.of(templates.version(), ModelFingerprint.text(common));
    }

    /** The article pages as this renderer writes them: by shape, unless the user's templates render them. */
    ArticlePages articlePages() {
        return articlePages;
    }

    /** Renders the site into {@code folder} and returns the relative paths written. */
    public List<String> render(Briefing briefing, Path folder) {
        return render(briefing, folder, Reuse.NONE);
    }

    /**
     * What a build can take from the last one.
     *
     * @param pages         the last build's pages (opened with this renderer's {@link #context()}); null renders all
     * @param searchTerms   each article's search terms from the last build; null reads every article into words
     * @param articleInputs articles as the per-article stages left them, by identity, to a print of their input
     *                      (equal prints, equal articles): such an article is known by it, not by its text
     * @param termsKept     run once {@code searchTerms} holds every article's terms: the build can keep them for the
     *                      next one while the pages render
     */
    public record Reuse(PageCache pages, KeyedLines searchTerms, Map<Article, String> articleInputs,
                        Runnable termsKept) {
        public static final Reuse NONE = new Reuse(null, null, Map.of(), () -> { });
    }

    /**
     * Renders the site into {@code folder} and returns the relative paths written. A page whose model is the same
     * as in the build {@code reuse} remembers is taken from that build's site instead of rendered again.
     */
    public List<String> render(Briefing briefing, Path folder, Reuse reuse) {
        SiteWriter files = new SiteWriter(folder, reuse.pages());
        ModelFingerprint prints = new ModelFingerprint(Set.of(Article.class, ArticleRef.class, Story.class,
                StoryRef.class), reuse.articleInputs());
        SiteIndex index = new SiteIndex(briefing);
        Words words = new Words();
        ExecutorService beside = Executors.newSingleThreadExecutor();
        try {
            // The two site-wide data files are each one long serial write: written beside the pages, not after them,
            // and the export beside the search index too, which leaves a core idle while it adds articles in order.
            Future<?> export = beside.submit(() -> files.stream("briefing.json",
                    json -> BriefingJson.write(briefing, index, site.exportText(), reuse.pages() != null, json)));
            SearchIndex search = new SearchIndex(briefing.articles(), briefing.anchors(), index, words,
                    reuse.searchTerms(), reuse.articleInputs());
            reuse.termsKept().run();
            Future<?> script = beside.submit(() -> new SearchParts(search).write(files::file,
                    search.inSeries() ? SearchParts.Last.PROCESS : null));
            renderPages(briefing, files, prints, index, search, words, reuse.pages() == null ? MatchPrints.unread()
                    : new MatchPrints(index, search, prints, MatchPrints.Last.PROCESS));
            finish(export);
            finish(script);
        } finally {
            beside.shutdownNow();
            stopped(beside);
        }
        files.write("sitemap.xml", Sitemap.write(site.baseUrl(), files.written()));
        return files.written();
    }

    /**
     * Waits until the task beside the pages has stopped, also when a page failed: a failed build deletes the folder,
     * and a data file still being written into it would survive the deletion, or fail it.
     */
    private static void stopped(ExecutorService beside) {
        try {
            beside.awaitTermination(10, TimeUnit.MINUTES); // a data file takes seconds; this is no place to hang
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a task run beside the pages, and fails as it failed. */
    private static void finish(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the site", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Every page, feed and asset but the site-wide data files and the sitemap. {@code words} keeps the keys of the
     * words the search index read, which the side-by-side pages look up again for every word they mark.
     */
    private void renderPages(Briefing briefing, SiteWriter files, ModelFingerprint prints, SiteIndex index,
                             SearchIndex search, Words words, MatchPrints shown) {
        // Every match is shown on several pages (its articles', its story's, the match lists): one view each, built
        // only for pages that are rendered; the others are known by the matches' prints.
        PerMatch<MatchView> views = new PerMatch<>(index, m -> matchView(m, index, search));
        List<StoryRef> stories = briefing.stories().stream().map(s -> storyRef(s, index)).toList();
        Map<String, StoryRef> storyRefs = new HashMap<>();
        stories.forEach(s -> storyRefs.put(s.id(), s));
        CopiesFolded latest = latest(briefing, index);
        List<Match> crossLingual = index.copies.collapse(briefing.matches().stream().filter(Match::crossLingual)
                .sorted(STRONGEST_FIRST).toList());
        Timeline timeline = Timeline.of(briefing, index, storyRefs);
        List<OutletListing> outlets = outlets(index, storyRefs);
        Output out = new Output(files, prints, new ArticleItems(templates, listed(latest.articles(), timeline, outlets, stories)));

        // One list of independent pieces of work, taken in order by all cores as they come free: the site-wide pages
        // (the timeline, the match lists, the outlet of unknown articles), each as long as a thousand article pages,
        // come first, so that the last pieces, which a core may run alone, are short. The template engine is
        // thread-safe; each page is written when done (holding all until the last one ran a 10,000-article build out
        // of a 2 GB heap).
        List<Runnable> work = new ArrayList<>();
        work.add(() -> page(out, "index.html", "index", "", Map.of("stories", leading(stories),
                "storyCount", stories.size(), "latest", latest.articles(), "latestCopies", latest.copies(),
                "articleCount", briefing.articles().size(), "languages", languages(briefing.articles()),
                "outletCount", outletCount(index), "matchCount", crossLingual.size(),
                "about", pages.stream().anyMatch(p -> p.slug().equals("about")))));
        work.add(() -> page(out, "timeline.html", "timeline", "", Map.of("months", timeline.months())));
        for (Timeline.TimelinePage month : timeline.pages()) {
            work.add(() -> page(out, month.part().url(), "timeline-month", "../", Map.of("page", month)));
        }
        List<OutletView> outletViews = outlets.stream().map(OutletListing::view).toList();
        work.add(() -> page(out, "sources/index.html", "sources", "../", Map.of("outlets", outletViews)));
        work.add(() -> page(out, "stories/index.html", "stories", "../", Map.of("stories", stories)));
        Map<String, List<Match>> pairs = byLanguagePair(crossLingual, index);
        work.add(() -> page(out, "matches.html", "matches", "",
                pairs.entrySet().stream().map(g -> groupInputs(g, 0, MATCHES_SHOWN, shown)).toList(),
                () -> Map.of("groups", pairs.entrySet().stream().map(g -> group(g, 0, MATCHES_SHOWN, views)).toList())));
        for (Map.Entry<String, List<Match>> pair : pairs.entrySet()) {
            if (pair.getValue().size() > MATCHES_SHOWN) {
                ListPages listing = ListPages.ofMatches(pairUrl(pair.getKey()), pair.getValue().size());
                for (ListPages.Page p : listing.pages()) {
                    work.add(() -> page(out, p.url(), "match-pair", "../",
                            List.of(groupInputs(pair, p.from(), p.to(), shown), p, listing),
                            () -> Map.of("group", group(pair, p.from(), p.to(), views), "page", p,
                                    "listing", listing)));
                }
            }
        }
        work.add(() -> feed(out, "feed.xml", "", "index.html", briefing.articles(), index));
        for (OutletListing listing : outlets) {
            OutletView outlet = listing.view();
            for (ListPages.Page p : ListPages.ofArticles(outlet.url(), outlet.articleCount()).pages()) {
                work.add(() -> page(out, p.url(), "source", "../", Map.of("outlet", outlet, "feed", outlet.feedUrl(),
                        "articles", listing.articles().subList(p.from(), p.to()), "page", p,
                        "firstReports", p.number() == 1 ? listing.firstReports() : List.of())));
            }
            work.add(() -> feed(out, outlet.feedUrl(), outlet.name(), outlet.url(), index.byOutlet.get(outlet.name()),
                    index));
        }
        // A story page is known by what its parts are counted from: a rebuild takes the print of a page no edit reached
        // from the last build (its parts are counted only for a page printed or rendered).
        StoryPrints.Build storyPrints = StoryPrints.LAST.new Build(index, prints, shown, search);
        for (Story story : briefing.stories()) {
            work.add(() -> {
                StoryRef ref = storyRefs.get(story.id());
                String feed = index.storyFeedUrl(story);
                List<FigureReading> figures = FigureChart.readings(story, index);
                Once<StoryParts> parts = new Once<>(() -> storyParts(story, figures, index, search));
                CopiesFolded listed = CopiesFolded.of(ref.articles(), index);
                out.files().page(ref.url(), () -> storyPrints.of(story, ref, figures, listed.copies(), feed, parts),
                        text -> html(ref.url(), StoryPrints.TEMPLATE, StoryPrints.ROOT, Map.of("page",
                                storyPage(ref, listed, parts.get(), views), "feed", feed), out.items(), text));
                feed(out, feed, story.title(), ref.url(),
                        story.articles().stream().map(index.articles::get).filter(Objects::nonNull).toList(), index);
            });
        }
        // A side-by-side view aligns two texts, so a compare page is known by what it is aligned from.
        for (Match m : briefing.matches()) {
            String url = index.compareUrl(m);
            if (url != null) {
                work.add(() -> page(out, url, "compare", "../",
                        List.of(shown.of(m), m, index.articles.get(m.a()), index.articles.get(m.b())),
                        () -> Map.of("compare", compareView(m, index, views, words))));
            }
        }
        // Copies of one text are read once, on their group's page, known by its articles: an edit to one copy
        // renders that page again, and no other of the group's.
        for (CopyGroups.Group group : index.copies.all()) {
            List<Article> copies = group.articles().stream().map(index.articles::get).toList();
            work.add(() -> page(out, group.ref().url(), "copies", "../",
                    List.of(group.ref(), copies, group.articles().stream().map(index::ref).toList()),
                    () -> Map.of("copies", copiesView(group, index))));
        }
        // An article page is known by what its view is built from: the article, digested once, not its text again;
        // a rebuild takes the print of a page no edit reached from the last build (its matches are ordered only for
        // a page printed or rendered).
        ArticlePrints.Build articlePrints = ArticlePrints.LAST.new Build(index, prints, shown);
        for (Article a : copiesTogether(briefing.articles(), index)) {
            work.add(() -> {
                Once<List<Match>> matches = new Once<>(() -> matchesShown(a, index));
                String path = index.articleUrl(a.id());
                out.files().page(path, () -> articlePrints.of(a, matches), text -> {
                    ArticleView view = articleView(a, matches.get(), index, views);
                    html(path, ArticlePrints.TEMPLATE, ArticlePrints.ROOT, Map.of("article", view,
                            "alternates", alternates(view)), out.items(), text);
                });
            });
        }
        for (MarkdownPages.Page p : pages) {
            work.add(() -> page(out, p.slug() + ".html", "page", "", Map.of("page", p)));
        }
        work.add(() -> page(out, "search.html", "search", "", Map.of()));
        work.add(() -> page(out, "404.html", "404", "", Map.of()));
        if (!site.buildNotes().isEmpty()) {
            work.add(() -> page(out, "build-report.html", "build-report", "", Map.of("notes", site.buildNotes())));
        }
        // A failed page must not leave others writing while the build deletes the unfinished site (the deletion
        // would fail, and its error hide the page's): the pages under way finish, the rest are skipped, then the
        // first failure is thrown.
        AllCores.run(work);
        storyPrints.done();
        articlePrints.done();
        for (String asset : ASSETS) {
            out.files().write("assets/" + asset, themeFile("briefing/static/" + asset));
        }
        out.files().write(".nojekyll", new byte[0]);
    }

    /**
     * An Atom feed, known like a page by what it is written from: its place, title, page and the articles it shows
     * (the newest of its articles: a print of all of them was most of a feed's cost).
     */
    private void feed(Output out, String path, String title, String page, List<Article> articles, SiteIndex index) {
        List<Article> entries = AtomFeed.entries(articles);
        out.files().page(path, () -> out.prints().page("atom", "", Arrays.asList(title, page, entries,
                        entries.stream().map(a -> index.ref(a.id())).toList())),
                text -> text.write(AtomFeed.write(site, path, title, page, entries, index)));
    }

    /** A value computed when first asked for, by one page's work (no other thread asks). */
    private static final class Once<T> implements Supplier<T> {

        private final Supplier<T> compute;
        private T value;

        Once(Supplier<T> compute) {
            this.compute = compute;
        }

        @Override
        public T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }
    }

    /** Where one render writes, how it fingerprints its pages, and its pages' lists of articles. */
    private record Output(SiteWriter files, ModelFingerprint prints, ArticleItems items) {
    }

    /** A page, rendered, or taken from the previous build when its template, place and model are unchanged. */
    private void page(Output out, String path, String template, String root, Map<String, Object> model) {
        page(out, path, template, root, model, () -> model);
    }

    /**
     * A page whose model costs more to build than what it is built from: {@code inputs} (all that the model is
     * computed from) fingerprint it, and the model is built only when the page must be rendered.
     */
    private void page(Output out, String path, String template, String root, Object inputs,
                      Supplier<Map<String, Object>> model) {
        out.files().page(path, () -> out.prints().page(template, root, inputs),
                text -> html(path, template, root, model.get(), out.items(), text));
    }

    private void html(String path, String template, String root, Map<String, Object> model, ArticleItems items,
                      Writer text) {
        Map<String, Object> all = new HashMap<>(common);
        all.putAll(model);
        all.put("root", root);
        all.put("path", path);
        all.put("section", Frame.section(path));
        all.putAll(frame.around(all));
        all.put("articleItems", items.on(all));
        all.put("dates", dates.on(all));
        all.put("copiesLinks", copiesLinks.on(all));
        all.put("spans", spans.on(all));
        all.put("runs", changes.on(all));
        all.put("matchItems", matchItems.on(all));
        all.put("storyMatches", storyMatches.on(all));
        if (all.get("article") instanceof ArticleView article) { // an article page
            all.put("matchLines", matchLines.of(article, all));
            all.put("articleBody", bodies.of(article, all));
            if (articlePages.shaped()) {
                articlePages.write(all, text);
                return;
            }
        }
        templates.render(template, all, text);
    }

    /**
     * The home page's latest articles, the newest first: a text that several articles carry (a wire story run by
     * several outlets) once, by its newest copy, so that one story does not fill the list; its copies are linked.
     */
    private static CopiesFolded latest(Briefing briefing, SiteIndex index) {
        return CopiesFolded.of(briefing.articles().stream().map(a -> index.ref(a.id()))
                .sorted(Comparator.comparing(ArticleRef::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ArticleRef::id)), LATEST, index);
    }

    /** The stories the home page leads with: the most reported, then the earliest. */
    private static List<StoryRef> leading(List<StoryRef> stories) {
        return stories.stream().sorted(Comparator.comparing((StoryRef s) -> -s.articles().size())
                        .thenComparing(StoryRef::firstDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StoryRef::id))
                .limit(LEADING_STORIES).toList();
    }

    /**
     * Every article the theme's lists show, once for each list: the home page's latest, each month's page, its
     * outlet's and its story's ({@link ArticleItems} keeps an item's text until the last of them is rendered).
     */
    private static List<ArticleItems.Item> listed(List<ArticleRef> latest, Timeline timeline,
                                                  List<OutletListing> outlets, List<StoryRef> stories) {
        List<ArticleItems.Item> items = new ArrayList<>();
        latest.forEach(a -> items.add(new ArticleItems.Item(a, "")));
        timeline.pages().forEach(month -> month.days().values().forEach(entries -> entries.forEach(
                e -> e.articles().forEach(a -> items.add(new ArticleItems.Item(a, "../"))))));
        outlets.forEach(o -> o.articles().forEach(a -> items.add(new ArticleItems.Item(a, "../"))));
        stories.forEach(s -> s.articles().forEach(a -> items.add(new ArticleItems.Item(a, "../"))));
        return items;
    }

    static StoryRef storyRef(Story story, SiteIndex index) {
        List<ArticleRef> refs = story.articles().stream().map(index::ref).filter(Objects::nonNull).toList();
        return new StoryRef(story.id(), index.storyUrl(story), story.title(), str(story.firstDate()),
                str(story.lastDate()), refs, distinct(refs.stream().map(ArticleRef::lang).toList()),
                distinct(refs.stream().map(ArticleRef::outlet).toList()), FigureChart.of(story.figures(), index),
                FigureChart.trail(story.figures()));
    }

    /**
     * What a story's page shows beyond its link: its key figures as reported (each with the words around it), the
     * names and places more than one article mentions, its matches.
     */
    record StoryParts(List<FigureReading> figures, List<String> names, List<String> places, List<Match> matches) {
    }

    /**
     * A story's page: articles by language (copies of one text once), and the names and places more than one of them
     * mention.
     */
    private static StoryPage storyPage(StoryRef ref, CopiesFolded listed, StoryParts parts,
                                       PerMatch<MatchView> views) {
        Map<String, List<ArticleRef>> byLanguage = new TreeMap<>();
        listed.articles().forEach(a -> byLanguage.computeIfAbsent(languageName(a.lang()), k -> new ArrayList<>())
                .add(a));
        return new StoryPage(ref, byLanguage, listed.copies(), parts.figures(), parts.names(), parts.places(),
                parts.matches().stream().map(views::get).toList());
    }

    static StoryParts storyParts(Story story, List<FigureReading> figures, SiteIndex index, SearchIndex search) {
        Map<String, Integer> names = new TreeMap<>();
        Map<String, Integer> places = new TreeMap<>();
        for (String id : story.articles()) {
            Anchors anchors = index.briefing.anchors().get(id);
            if (anchors != null) {
                anchors.names().forEach(n -> names.merge(n, 1, Integer::sum));
                anchors.places().forEach(p -> places.merge(p, 1, Integer::sum));
            }
        }
        List<Match> matches = index.copies.collapse(story.articles().stream()
                .flatMap(id -> index.matchesOf(id).stream())
                .filter(m -> story == index.storyOf.get(m.a()) && story == index.storyOf.get(m.b()))
                .distinct().sorted(STRONGEST_FIRST).toList());
        return new StoryParts(figures, search.names(shared(names)),
                shared(places).stream().map(SearchIndex::placeName).toList(), matches);
    }

    /** Articles without a known outlet share a page, but they are no outlet to count. */
    private static int outletCount(SiteIndex index) {
        return index.byOutlet.size() - (index.byOutlet.containsKey(SiteIndex.UNKNOWN_OUTLET) ? 1 : 0);
    }

    /** "Indonesian (id)": a language code as readers know it. */
    static String languageName(String code) {
        if (code == null) {
            return "an unknown language";
        }
        String name = new com.ibm.icu.util.ULocale(code).getDisplayLanguage(com.ibm.icu.util.ULocale.ENGLISH);
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Anchors that more than one article mentions, the most mentioned first. */
    private static List<String> shared(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SHARED_ANCHORS).map(Map.Entry::getKey).toList();
    }

    /** @param matches the article's matches as its page lists them ({@link #matchesShown}) */
    private ArticleView articleView(Article a, List<Match> matches, SiteIndex index,
                                    PerMatch<MatchView> views) {
        Story story = index.storyOf.get(a.id());
        return new ArticleView(index.ref(a.id()), a.dateBasis() == null ? null : a.dateBasis().label(), a.dateline(),
                a.outletBasis(), outletUrl(a, index), a.wires(), a.author(), safeUrl(a.url()), a.paragraphs(),
                a.captions(), story, story == null ? null : index.storyUrl(story), index.copiesOf(a.id()),
                matches.stream().map(views::get).toList());
    }

    static String outletUrl(Article a, SiteIndex index) {
        return a.outlet() == null ? null : index.outletUrl(a.outlet());
    }

    /**
     * An article's matches as its page lists them: strongest first by the score the page shows, then by the other
     * article's id, once for all copies of a text. Not by the exact score: an edit elsewhere moves the exact scores of
     * pairs that share its words a little, and matches the page shows as equal would swap places on pages the edit
     * did not otherwise change.
     */
    static List<Match> matchesShown(Article a, SiteIndex index) {
        record Listed(String shown, String other, Match match) {
        }
        return index.copies.collapse(index.matchesOf(a.id()).stream()
                .map(m -> new Listed(shownScore(m), m.other(a.id()), m))
                .sorted((x, y) -> {
                    int order = y.shown().compareTo(x.shown()); // "d.dd": as text, in the order of the numbers
                    return order != 0 ? order : x.other().compareTo(y.other());
                })
                .map(Listed::match).toList());
    }

    /**
     * The articles with the copies of one text one after another: their pages list much the same matches, whose lines
     * are kept for the pages rendered lately ({@link MatchLines}).
     */
    private static List<Article> copiesTogether(List<Article> articles, SiteIndex index) {
        Map<Object, List<Article>> byText = new LinkedHashMap<>();
        for (Article a : articles) {
            CopyGroups.Group group = index.copies.of(a.id());
            byText.computeIfAbsent(group == null ? a.id() : group, k -> new ArrayList<>()).add(a);
        }
        return byText.values().stream().flatMap(List::stream).toList();
    }

    /** The article and its translations, for hreflang links; empty when it has none or its language is unknown. */
    private static List<ArticleRef> alternates(ArticleView view) {
        List<ArticleRef> translations = view.matches().stream().filter(m -> m.compareUrl() != null && m.crossLingual())
                .map(m -> m.other(view.ref().id())).filter(r -> r.lang() != null).toList();
        if (translations.isEmpty() || view.ref().lang() == null) {
            return List.of();
        }
        List<ArticleRef> all = new ArrayList<>(List.of(view.ref()));
        all.addAll(translations);
        return all;
    }

    static MatchView matchView(Match m, SiteIndex index, SearchIndex search) {
        return new MatchView(index.ref(m.a()), index.ref(m.b()), shownScore(m),
                m.relation().label(), m.crossLingual(),
                strongest(search.names(m.evidence().names())),
                strongest(m.evidence().places().stream().map(SearchIndex::placeName).toList()),
                strongest(m.evidence().numbers().stream().map(FigureChart::display).toList()),
                strongest(m.evidence().dates().stream().map(DayText::display).toList()), index.compareUrl(m),
                index.copiesOf(m.a()), index.copiesOf(m.b()));
    }

    /** A match's score as pages show it. */
    static String shownScore(Match m) {
        String shown = SHOWN_SCORES.get(m.score());
        if (shown == null) {
            shown = String.format(java.util.Locale.ROOT, "%.2f", m.score());
            if (SHOWN_SCORES.size() < SHOWN_SCORES_KEPT) {
                SHOWN_SCORES.put(m.score(), shown);
            }
        }
        return shown;
    }

    /** The first few of a list of evidence, strongest first; briefing.json keeps them all. */
    private static List<String> strongest(List<String> evidence) {
        if (evidence.size() <= EVIDENCE_SHOWN) {
            return evidence;
        }
        List<String> few = new ArrayList<>(evidence.subList(0, EVIDENCE_SHOWN));
        few.add("and " + (evidence.size() - EVIDENCE_SHOWN) + " more");
        return few;
    }

    private static CompareView compareView(Match m, SiteIndex index, PerMatch<MatchView> views,
                                           Words words) {
        AnchorMarks marks = new AnchorMarks(m.evidence(), words);
        List<String> a = index.articles.get(m.a()).paragraphs();
        List<String> b = index.articles.get(m.b()).paragraphs();
        List<AlignedRow> rows = ParagraphAligner.align(a, b, marks::shared).stream()
                .map(step -> new AlignedRow(
                        a.subList(step.a0(), step.a1()).stream().map(marks::mark).toList(),
                        b.subList(step.b0(), step.b1()).stream().map(marks::mark).toList()))
                .toList();
        return new CompareView(views.get(m), index.compareUrl(m), rows);
    }

    /** A group's page: the first copy's text, and each other copy with the paragraphs where it differs. */
    private static CopiesView copiesView(CopyGroups.Group group, SiteIndex index) {
        List<String> text = index.articles.get(group.articles().get(0)).paragraphs();
        List<CopyView> copies = group.articles().stream().skip(1).map(id -> {
            CopyDiff diff = CopyDiff.of(text, index.articles.get(id).paragraphs());
            return new CopyView(index.ref(id), "copy-" + index.articleSlugs.get(id), diff.places(),
                    diff.paragraphs().stream().filter(p -> p.stream().anyMatch(r -> r.only() != null)).toList());
        }).toList();
        return new CopiesView(group.ref(), index.ref(group.articles().get(0)), text, copies);
    }

    /** An outlet, its articles in time order (undated last), and the stories it reported first. */
    private record OutletListing(OutletView view, List<ArticleRef> articles, List<StoryRef> firstReports) {
    }

    private List<OutletListing> outlets(SiteIndex index, Map<String, StoryRef> storyRefs) {
        List<OutletListing> views = new ArrayList<>();
        index.byOutlet.forEach((name, articles) -> {
            List<ArticleRef> refs = articles.stream().map(a -> index.ref(a.id()))
                    .sorted(Comparator.comparing(ArticleRef::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(ArticleRef::id)).toList();
            List<String> dates = refs.stream().map(ArticleRef::date).filter(Objects::nonNull).sorted().toList();
            List<String> wires = distinct(articles.stream().flatMap(a -> a.wires().stream()).toList());
            List<StoryRef> first = index.firstReports.getOrDefault(name, List.of()).stream()
                    .map(s -> storyRefs.get(s.id())).toList();
            Outlet known = outlets.find(name).orElse(null);
            views.add(new OutletListing(new OutletView(name, index.outletUrl(name),
                    known == null ? null : safeUrl(known.homepage()), known == null ? null : known.country(),
                    refs.size(), distinct(refs.stream().map(ArticleRef::lang).toList()),
                    dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1), wires,
                    index.outletFeedUrl(name)), refs, first));
        });
        return views;
    }

    /** Matches grouped by language pair (pairs in name order), each group strongest first. */
    private static Map<String, List<Match>> byLanguagePair(List<Match> strongestFirst, SiteIndex index) {
        Map<String, List<Match>> groups = new TreeMap<>();
        strongestFirst.forEach(m -> groups.computeIfAbsent(String.join(" \u2194 ",
                new TreeSet<>(List.of(String.valueOf(index.ref(m.a()).lang()), String.valueOf(index.ref(m.b()).lang())))),
                k -> new ArrayList<>()).add(m));
        return groups;
    }

    private static String pairUrl(String pair) {
        return "matches/" + Slugs.slug(pair) + ".html";
    }

    /** A language pair's matches ranked {@code from} (from 0) to before {@code to}, as a match list shows them. */
    private static MatchGroup group(Map.Entry<String, List<Match>> pair, int from, int to,
                                    PerMatch<MatchView> views) {
        List<Match> all = pair.getValue();
        return new MatchGroup(pair.getKey(), pairUrl(pair.getKey()),
                all.subList(from, Math.min(to, all.size())).stream().map(views::get).toList(), from + 1, all.size());
    }

    /** All that {@link #group} is built from: a list is known by the matches it shows, not by all the pair's. */
    private static List<Object> groupInputs(Map.Entry<String, List<Match>> pair, int from, int to, MatchPrints shown) {
        List<Match> all = pair.getValue();
        return List.of(pair.getKey(), from, all.size(), shown.of(all.subList(from, Math.min(to, all.size()))));
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

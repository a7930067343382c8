package io.github.briefing.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefing.read.Outlets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteRendererTest {

    private static final Instant GENERATED = Instant.parse("2025-03-04T05:06:07Z");

    @TempDir
    Path dir;

    private List<String> render(Path folder) {
        return render(Fixtures.briefing(), folder);
    }

    private static List<String> render(io.github.briefing.group.Briefing briefing, Path folder) {
        return new SiteRenderer(null, Outlets.NONE, new SiteRenderer.SiteInfo("Harvests", null, GENERATED, false,
                null, List.of())).render(briefing, folder);
    }

    private String read(Path site, String file) throws IOException {
        return Files.readString(site.resolve(file));
    }

    @Test
    void aTranslationPairGetsASideBySidePageWithSharedAnchorsMarkedOnBothSides() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        String compare = read(site, index.compareUrl(Fixtures.briefing().matches().get(0)));
        assertTrue(compare.contains("<mark class=\"number\">2,500</mark>"), compare);
        assertTrue(compare.contains("<mark class=\"number\">2.500</mark>"), compare);
        assertTrue(compare.contains("<mark class=\"place\">Perú</mark>"), compare);
        assertEquals(3, compare.split("class=\"row\"", -1).length - 1, "three aligned paragraph rows");
    }

    @Test
    void theExportHoldsEachArticleStoryAndMatchOnALineOfItsOwn() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        List<String> lines = Files.readAllLines(site.resolve("briefing.json"));
        ObjectMapper mapper = new ObjectMapper();
        var json = mapper.readTree(String.join("\n", lines));
        int records = json.get("articles").size() + json.get("stories").size() + json.get("matches").size();
        assertTrue(records > 3, "the fixture has articles, a story and a match");
        List<String> recordLines = lines.stream().filter(l -> l.startsWith("    {")).toList();
        assertEquals(records, recordLines.size(), String.join("\n", lines));
        for (String line : recordLines) {
            assertTrue(mapper.readTree(line.replaceFirst(",$", "")).isObject(), line);
        }
        assertEquals("{", lines.get(0));
        assertEquals("  \"schemaVersion\": 1,", lines.get(1));
    }

    @Test
    void translationsLinkEachOtherWithHreflang() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        String en = read(site, index.articleUrl(Fixtures.EN));
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"es\" href=\"../" + index.articleUrl(Fixtures.ES) + "\">"), en);
        assertTrue(en.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../" + index.articleUrl(Fixtures.EN) + "\">"), en);
        assertFalse(read(site, index.articleUrl(Fixtures.FR)).contains("hreflang"), "no translation, no hreflang");
    }

    @Test
    void articlesWithoutAnOutletAreNoOutletToCount() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        String index = read(site, "index.html");
        assertTrue(index.matches("(?s).*<strong>2</strong>\\s*outlets.*"), "two named outlets and one article without");
    }

    @Test
    void inferredDatesLookDifferentFromStatedOnes() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        String month = read(site, "timeline/2024-05.html");
        assertTrue(month.contains("<time class=\"stated\" datetime=\"2024-05-02\">2024-05-02</time>"), month);
        assertTrue(month.matches("(?s).*class=\"inferred\"[^>]*>\u2248 <time datetime=\"2024-05-03\">2024-05-03</time>\\s*"
                + "<span class=\"tag\">inferred</span>.*"), month);
        assertTrue(read(site, "timeline/undated.html").contains("Date unknown"), "the undated article has its own page");
    }

    @Test
    void theTimelineListsEachMonthWithItsStoriesAndGivesEveryMonthAPageLinkedToItsNeighbours() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        String overview = read(site, "timeline.html");
        int may = overview.indexOf("href=\"timeline/2024-05.html\">May 2024</a>");
        int undated = overview.indexOf("href=\"timeline/undated.html\">Date unknown</a>");
        assertTrue(may >= 0 && undated > may, "months in order, undated articles last: " + overview);
        io.github.briefing.group.Story story = Fixtures.briefing().stories().get(0);
        assertTrue(overview.substring(may, undated).contains(story.title()), "May lists its story");
        String page = read(site, "timeline/2024-05.html");
        assertTrue(page.contains("rel=\"next\">Date unknown \u2192</a>"), page);
        assertFalse(page.contains("rel=\"prev\""), "the first month has none before it");
        assertTrue(read(site, "timeline/undated.html").contains("rel=\"prev\">\u2190 May 2024</a>"));
        for (io.github.briefing.describe.Article a : Fixtures.briefing().articles()) {
            String url = new SiteIndex(Fixtures.briefing()).articleUrl(a.id());
            assertTrue(page.contains(url) || read(site, "timeline/undated.html").contains(url), "every article: " + url);
        }
    }

    @Test
    void aStoryShowsItsKeyFigureAsAChartAndATableLinkedToTheArticles() throws IOException {
        Path site = dir.resolve("site");
        render(site);
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        String story = read(site, "stories/s1.html");
        assertTrue(story.contains("<svg"), story);
        assertTrue(story.contains("href=\"../" + index.articleUrl(Fixtures.ES) + "\""), story);
        assertTrue(story.contains("Key figure: 1,800 \u2192 ~2,500"), story);
        assertTrue(story.contains("Huaman") && story.contains("Peru"), "shared names and places, as spelled");
        assertTrue(story.contains("In Spanish (es)"), "articles grouped under their language's name");
        String table = story.substring(story.indexOf("<table class=\"figures\">"), story.indexOf("</table>"));
        assertTrue(table.contains("<strong>about 2,500</strong>"), table);
        assertTrue(table.replaceAll("\\s+", " ").contains("<a href=\"../" + index.articleUrl(Fixtures.ES)
                + "\" lang=\"es\" title=\"La cosecha de quinua en Perú alcanza 2.500 toneladas\">unas 2.500 toneladas</a>"),
                table);
    }

    @Test
    void writesFeedsForTheSiteEachStoryAndEachSourceWithLinksRelativeToTheFeed() throws IOException {
        Path site = dir.resolve("site");
        List<String> files = render(site);
        assertTrue(files.containsAll(List.of("feed.xml", "feeds/stories/s1.xml", "feeds/stories/s2.xml",
                "feeds/sources/andes-daily.xml", "feeds/sources/diario-sur.xml", "feeds/sources/unknown-outlet.xml",
                "sitemap.xml", "404.html", "search.html", SearchParts.HEAD)), files.toString());
        String feed = read(site, "feeds/stories/s1.xml");
        assertTrue(feed.contains("<link href=\"../../articles/"), feed);
        assertEquals(2, feed.split("<entry>", -1).length - 1);
        assertTrue(feed.contains("<updated>" + GENERATED + "</updated>"), "the feed carries the build's instant");
    }

    @Test
    void theFooterCarriesTheGivenInstantAndTwoRendersAreByteIdentical() throws IOException {
        Path first = dir.resolve("one");
        Path second = dir.resolve("two");
        List<String> files = render(first);
        assertEquals(files, render(second));
        for (String file : files) {
            assertTrue(Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file))), file);
        }
        assertTrue(read(first, "index.html").contains("datetime=\"" + GENERATED + "\""));
    }

    @Test
    void linksAreRelativeSoTheSiteWorksFromAnySubPath() throws IOException {
        Path site = dir.resolve("site");
        for (String file : render(site)) {
            if (file.endsWith(".html")) {
                String html = read(site, file);
                assertFalse(html.matches("(?s).*(href|src)=\"/.*"), file + " has an absolute link");
            }
        }
    }

    /**
     * Renders {@code briefing} into {@code folder}, reusing the pages of the site last rendered into {@code last},
     * and returns the pages kept there (not written into {@code folder}).
     */
    private java.util.Set<String> renderReusing(io.github.briefing.group.Briefing briefing, Path folder, Path last,
                                                Path cache)
            throws IOException {
        SiteRenderer renderer = new SiteRenderer(null, Outlets.NONE, new SiteRenderer.SiteInfo("Harvests", null,
                GENERATED, false, null, List.of()));
        io.github.briefing.cache.PageCache pages = io.github.briefing.cache.PageCache.open(cache,
                io.github.briefing.cache.SiteFiles.of(last),
                renderer.context());
        renderer.render(briefing, folder, new SiteRenderer.Reuse(pages, null, java.util.Map.of(), () -> { }));
        pages.save();
        return pages.kept();
    }

    /**
     * Renders {@code before} into "site", then {@code after} into "fresh" reusing the pages of "site"; returns the
     * pages kept there.
     */
    private java.util.Set<String> renderTwice(io.github.briefing.group.Briefing before,
                                              io.github.briefing.group.Briefing after) throws IOException {
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache");
        renderReusing(before, site, site, cache);
        return renderReusing(after, dir.resolve("fresh"), site, cache);
    }

    @Test
    void aChangedMatchRendersThePagesThatShowItAndReusesTheRest() throws IOException {
        io.github.briefing.group.Briefing before = Fixtures.briefing();
        io.github.briefing.match.Match m = before.matches().get(0);
        io.github.briefing.group.Briefing after = new io.github.briefing.group.Briefing(before.articles(),
                before.anchors(), List.of(new io.github.briefing.match.Match(m.a(), m.b(), 0.71, m.relation(),
                m.crossLingual(), m.evidence())), before.stories());

        java.util.Set<String> kept = renderTwice(before, after);
        Path site = dir.resolve("site");
        Path fresh = dir.resolve("fresh");
        SiteIndex index = new SiteIndex(after);
        for (String shown : List.of(index.articleUrl(Fixtures.EN), index.articleUrl(Fixtures.ES), "stories/s1.html",
                "matches.html", index.compareUrl(after.matches().get(0)))) {
            assertTrue(Files.isRegularFile(fresh.resolve(shown)) && !kept.contains(shown), shown + " shows the match");
        }
        for (String other : List.of(index.articleUrl(Fixtures.FR), "stories/s2.html", "feeds/stories/s1.xml",
                "feed.xml")) {
            assertTrue(kept.contains(other) && !Files.exists(fresh.resolve(other)), other + " does not show it");
        }
        Path clean = dir.resolve("clean");
        render(after, clean);
        assertTrue(read(fresh, index.articleUrl(Fixtures.EN)).contains("0.71"));
        for (String file : render(dir.resolve("unused"))) {
            Path built = (kept.contains(file) ? site : fresh).resolve(file);
            assertTrue(Arrays.equals(Files.readAllBytes(clean.resolve(file)), Files.readAllBytes(built)), file);
        }
    }

    @Test
    void theWordsAroundAKeyFigureChangeItsStoryPageButNotTheListsOfStories() throws IOException {
        io.github.briefing.group.Briefing before = Fixtures.briefing();
        io.github.briefing.group.Story story = before.stories().get(0);
        List<io.github.briefing.group.Figure> reworded = story.figures().stream()
                .map(f -> new io.github.briefing.group.Figure(f.value(), f.approx(), f.date(), f.article(),
                        f.context() + " harvested this spring", f.counts())).toList();
        List<io.github.briefing.group.Story> stories = new java.util.ArrayList<>(before.stories());
        stories.set(0, new io.github.briefing.group.Story(story.id(), story.title(), story.firstDate(),
                story.lastDate(), story.articles(), reworded));
        io.github.briefing.group.Briefing after = new io.github.briefing.group.Briefing(before.articles(),
                before.anchors(), before.matches(), stories);

        java.util.Set<String> kept = renderTwice(before, after);
        assertTrue(read(dir.resolve("fresh"), "stories/s1.html").contains("harvested this spring"));
        for (String list : List.of("timeline.html", "stories/index.html", "index.html")) {
            assertTrue(kept.contains(list), list + " shows no figure's words");
        }
    }

    @Test
    void aStoryListsTheNamesItsArticlesShareAsTheyWriteThem() throws IOException {
        List<io.github.briefing.describe.Article> articles = List.of(
                Fixtures.article("a", "en", "Growers meet in Puno", java.time.LocalDate.of(2024, 5, 2), null, null,
                        List.of("Maria Huaman spoke for the growers in Puno.")),
                Fixtures.article("b", "es", "Productores se reúnen en Puno", java.time.LocalDate.of(2024, 5, 2), null,
                        null, List.of("Habló María Huamán por los productores de Puno.")));
        io.github.briefing.analyse.Anchors shared = new io.github.briefing.analyse.Anchors(java.util.Set.of(
                io.github.briefing.analyse.NameKey.of("Maria"), io.github.briefing.analyse.NameKey.of("Huaman"),
                io.github.briefing.analyse.NameKey.of("Puno")), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of());
        io.github.briefing.group.Briefing briefing = new io.github.briefing.group.Briefing(articles,
                java.util.Map.of("a", shared, "b", shared), List.of(), List.of(new io.github.briefing.group.Story("s1",
                "Growers meet in Puno", null, null, List.of("a", "b"), List.of())));
        Path site = dir.resolve("site");
        renderReusing(briefing, site, site, dir.resolve("cache"));
        String names = read(site, "stories/s1.html").replaceAll("(?s).*<dt>Names</dt><dd>([^<]*)</dd>.*", "$1");
        assertEquals("María Huamán, Puno", names);
    }

    /** Two articles on one flood, a week apart: the valley road closed, then the families back. */
    private static List<io.github.briefing.describe.Article> valleyFlood(String closed, String back) {
        return List.of(
                Fixtures.article(closed, "en", "Flood closes the valley road", java.time.LocalDate.of(2024, 5, 2),
                        null, null, List.of("About 300 families left their homes.")),
                Fixtures.article(back, "en", "Valley families return", java.time.LocalDate.of(2024, 5, 9), null, null,
                        List.of("Some 450 families have now returned.")));
    }

    private static io.github.briefing.analyse.Anchors noAnchors() {
        return new io.github.briefing.analyse.Anchors(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of());
    }

    @Test
    void aKeyFigureReportedInARelatedStorySaysWhichStoryItCameFrom() throws IOException {
        List<io.github.briefing.describe.Article> articles = valleyFlood("a", "b");
        io.github.briefing.analyse.Anchors none = noAnchors();
        io.github.briefing.group.Figure own = new io.github.briefing.group.Figure("300", true,
                java.time.LocalDate.of(2024, 5, 2), "a", "300 families left their homes", "families");
        io.github.briefing.group.Figure other = new io.github.briefing.group.Figure("450", true,
                java.time.LocalDate.of(2024, 5, 9), "b", "450 families have now returned", "families");
        io.github.briefing.group.Briefing briefing = new io.github.briefing.group.Briefing(articles,
                java.util.Map.of("a", none, "b", none), List.of(), List.of(
                new io.github.briefing.group.Story("s1", "Valley road closed by flood", null, null, List.of("a"),
                        List.of(own, other)),
                new io.github.briefing.group.Story("s2", "Families back in the valley", null, null, List.of("b"),
                        List.of(own, other))));
        Path site = dir.resolve("site");
        renderReusing(briefing, site, site, dir.resolve("cache"));
        String first = read(site, "stories/s1.html");
        String rowOfOther = first.substring(first.indexOf("450 families"));
        assertTrue(rowOfOther.substring(0, rowOfOther.indexOf("</tr>")).contains("Families back in the valley"),
                "the reading from the other story names it");
        String rowOfOwn = first.substring(first.indexOf("300 families"));
        assertFalse(rowOfOwn.substring(0, rowOfOwn.indexOf("</tr>")).contains("related story"),
                "the story's own reading is not marked");
        String second = read(site, "stories/s2.html");
        String rowInSecond = second.substring(second.indexOf("300 families"));
        assertTrue(rowInSecond.substring(0, rowInSecond.indexOf("</tr>")).contains("Valley road closed by flood"));
    }

    @Test
    void storiesWhoseIdsSpellTheSameFileNameGetAPageAndAFeedEach() throws IOException {
        List<io.github.briefing.describe.Article> articles = valleyFlood("a/b", "a_b");
        io.github.briefing.analyse.Anchors none = noAnchors();
        io.github.briefing.group.Briefing briefing = new io.github.briefing.group.Briefing(articles,
                java.util.Map.of("a/b", none, "a_b", none), List.of(), List.of(
                new io.github.briefing.group.Story("s-a/b", "Valley road closed by flood", null, null, List.of("a/b"),
                        List.of()),
                new io.github.briefing.group.Story("s-a_b", "Families back in the valley", null, null, List.of("a_b"),
                        List.of())));
        SiteIndex index = new SiteIndex(briefing);
        List<String> pages = briefing.stories().stream().map(index::storyUrl).toList();
        List<String> feeds = briefing.stories().stream().map(index::storyFeedUrl).toList();
        assertNotEquals(pages.get(0), pages.get(1));
        assertNotEquals(feeds.get(0), feeds.get(1));
        List<String> files = render(briefing, dir.resolve("site"));
        assertTrue(files.containsAll(pages) && files.containsAll(feeds), files.toString());
        assertTrue(read(dir.resolve("site"), pages.get(0)).contains("Valley road closed by flood"));
        assertTrue(read(dir.resolve("site"), pages.get(1)).contains("Families back in the valley"));
    }

    @Test
    void anArticlesMatchesAreListedByTheScoreShownThenByTheOtherArticle() {
        List<String> ids = List.of("x", "a", "b", "c", "d");
        List<io.github.briefing.describe.Article> articles = ids.stream().map(id -> Fixtures.article(id, "en",
                "Harbour " + id, java.time.LocalDate.of(2024, 5, 2), null, null, List.of("Ships wait."))).toList();
        io.github.briefing.match.Evidence none = new io.github.briefing.match.Evidence(List.of(), List.of(), List.of(),
                List.of(), List.of());
        // b and d are a little stronger than a and c, but all four show as 0.06 or 0.41
        List<io.github.briefing.match.Match> matches = List.of(
                new io.github.briefing.match.Match("x", "d", 0.4149, io.github.briefing.match.Relation.RELATED, false, none),
                new io.github.briefing.match.Match("a", "x", 0.0612, io.github.briefing.match.Relation.RELATED, false, none),
                new io.github.briefing.match.Match("b", "x", 0.0648, io.github.briefing.match.Relation.RELATED, false, none),
                new io.github.briefing.match.Match("c", "x", 0.4051, io.github.briefing.match.Relation.RELATED, false, none));
        java.util.Map<String, io.github.briefing.analyse.Anchors> anchors = new java.util.HashMap<>();
        ids.forEach(id -> anchors.put(id, noAnchors()));
        io.github.briefing.group.Briefing briefing = new io.github.briefing.group.Briefing(articles, anchors, matches,
                List.of());
        List<String> listed = SiteRenderer.matchesShown(articles.get(0), new SiteIndex(briefing)).stream()
                .map(m -> m.other("x")).toList();
        assertEquals(List.of("c", "d", "a", "b"), listed);
    }

    @Test
    void theArticlesOfALongOutletAndOfALongMonthAreListedOnLinkedPages() throws IOException {
        // Articles with neither outlet nor date: all on the unknown outlet's pages and on the undated timeline's.
        int pairs = ListPages.ARTICLES_PER_PAGE / 2 + 5;
        Path site = dir.resolve("site");
        renderReusing(manyPairs(pairs, 0.5), site, site, dir.resolve("cache"));
        for (String list : List.of("sources/unknown-outlet", "timeline/undated")) {
            String first = read(site, list + ".html");
            String second = read(site, list + "-2.html");
            assertEquals(ListPages.ARTICLES_PER_PAGE, first.split("href=\"../articles/", -1).length - 1, list);
            assertEquals(2 * pairs - ListPages.ARTICLES_PER_PAGE, second.split("href=\"../articles/", -1).length - 1);
            assertTrue(first.contains("href=\"../" + list + "-2.html\" rel=\"next\""), first);
            assertTrue(second.contains("href=\"../" + list + ".html\" rel=\"prev\""), second);
        }
        assertTrue(read(site, "sources/unknown-outlet.html").contains("Stories it reported first")
                && !read(site, "sources/unknown-outlet-2.html").contains("Stories it reported first"));
        assertTrue(read(site, "sources/index.html").contains(">" + 2 * pairs + "</td>"), "the list counts them all");
        assertTrue(read(site, "timeline.html").contains("(" + 2 * pairs + " articles)"), "the overview counts them all");
    }

    /** {@code count} English reports each matched with its German telling, the first strongest. */
    private static io.github.briefing.group.Briefing manyPairs(int count, double weakest) {
        List<io.github.briefing.describe.Article> articles = new java.util.ArrayList<>();
        java.util.Map<String, io.github.briefing.analyse.Anchors> anchors = new java.util.HashMap<>();
        List<io.github.briefing.match.Match> matches = new java.util.ArrayList<>();
        io.github.briefing.analyse.Anchors none = new io.github.briefing.analyse.Anchors(java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
        for (int k = 0; k < count; k++) {
            String en = "en/" + k;
            String de = "de/" + k;
            articles.add(Fixtures.article(en, "en", "Ferry " + k + " reaches port", null, null, null,
                    List.of("Ferry " + k + " reached the port.")));
            articles.add(Fixtures.article(de, "de", "F\u00e4hre " + k + " erreicht den Hafen", null, null, null,
                    List.of("Die F\u00e4hre " + k + " erreichte den Hafen.")));
            anchors.put(en, none);
            anchors.put(de, none);
            double score = k == count - 1 ? weakest : 0.99 - 0.001 * k;
            matches.add(new io.github.briefing.match.Match(en, de, score, io.github.briefing.match.Relation.SAME_STORY,
                    true, new io.github.briefing.match.Evidence(List.of(), List.of(), List.of(), List.of(), List.of())));
        }
        return new io.github.briefing.group.Briefing(articles, anchors, matches, List.of());
    }

    @Test
    void aLongLanguagePairIsListedOnLinkedPagesAndAChangeRendersOnlyThePageThatListsIt() throws IOException {
        int count = ListPages.MATCHES_PER_PAGE + 60;
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache");
        renderReusing(manyPairs(count, 0.5), site, site, cache);
        String first = read(site, "matches/de-en.html");
        String second = read(site, "matches/de-en-2.html");
        assertEquals(ListPages.MATCHES_PER_PAGE, first.split("class=\"match\"", -1).length - 1);
        assertEquals(60, second.split("class=\"match\"", -1).length - 1);
        assertTrue(second.contains("<ol class=\"matches\" start=\"" + (ListPages.MATCHES_PER_PAGE + 1) + "\">"), second);
        assertTrue(first.contains("href=\"../matches/de-en-2.html\" rel=\"next\""), first);
        assertTrue(second.contains("href=\"../matches/de-en.html\" rel=\"prev\""), second);
        assertFalse(Files.exists(site.resolve("matches/de-en-3.html")));

        Path fresh = dir.resolve("fresh");
        // the weakest match, on the second page, changes
        java.util.Set<String> kept = renderReusing(manyPairs(count, 0.4), fresh, site, cache);
        assertTrue(Files.isRegularFile(fresh.resolve("matches/de-en-2.html")));
        assertFalse(kept.contains("matches/de-en-2.html"));
        for (String other : List.of("matches/de-en.html", "matches.html")) {
            assertTrue(kept.contains(other) && !Files.exists(fresh.resolve(other)), other + " does not list it");
        }
        assertTrue(read(fresh, "matches/de-en-2.html").contains("0.40"));
    }

    @Test
    void anArticleAndItsCopyInTheSameLanguageAreReadOnceOnTheirGroupsPageWithTheirDifferencesMarked()
            throws IOException {
        io.github.briefing.group.Briefing briefing = Fixtures.withCopy();
        Path site = dir.resolve("site");
        render(briefing, site);
        SiteIndex index = new SiteIndex(briefing);
        io.github.briefing.match.Match translation = briefing.matches().get(0);
        io.github.briefing.match.Match copied = briefing.matches().get(1);
        io.github.briefing.match.Match retelling = briefing.matches().get(2);
        assertTrue(index.copies.together(copied.a(), copied.b()));
        assertFalse(index.copies.together(translation.a(), translation.b()), "a translation is no copy");
        assertFalse(index.copies.together(retelling.a(), retelling.b()), "the same story in other words is no copy");
        assertNull(index.compareUrl(copied), "copies have no side-by-side page");

        String url = index.copiesOf(copied.a()).url();
        assertEquals(index.copiesOf(copied.b()), index.copiesOf(copied.a()));
        for (String article : List.of(index.articleUrl(copied.a()), index.articleUrl(copied.b()))) {
            String page = read(site, article);
            assertTrue(page.contains("href=\"../" + url + "\">1 other article</a>"), article + " links its copies");
        }
        String original = read(site, index.articleUrl(copied.a()));
        assertFalse(original.contains("href=\"../" + index.articleUrl(copied.b()) + "\""),
                "its copy is not listed among its matches: " + original);
        String partner = read(site, index.articleUrl(translation.other(copied.a())));
        assertTrue(partner.matches("(?s).*translation \u00b7 score 0.93.*"), partner);
        assertTrue(partner.contains("(and <a href=\"../" + url + "\">1 copy</a>)"),
                "its translation's page counts the copy: " + partner);

        String copy = read(site, url);
        assertTrue(copy.contains("Same text in 2 articles"), copy);
        assertFalse(copy.contains("class=\"parallel\""), "not two columns");
        assertTrue(copy.contains("Quinoa harvest in Peru reaches 2,500 tonnes")
                && copy.contains("Peru&#39;s quinoa crop tops 2,500 tonnes"), "both headlines");
        assertTrue(copy.contains("Andes Daily") && copy.contains("Coast Herald"), "both outlets");
        assertTrue(copy.matches("(?s).*Differs from A in\\s*<strong>1 place</strong>.*"), copy);
        assertEquals(1, copy.split("Farmers near Puno", -1).length - 1, "the shared text once");
        assertTrue(copy.contains("<mark class=\"only-b\">Officials expect exports to grow next year.</mark>"), copy);

        String compare = read(site, index.compareUrl(translation));
        assertTrue(compare.contains("class=\"parallel\""), "the translation keeps its side-by-side page");
        assertTrue(read(site, index.compareUrl(retelling)).contains("class=\"parallel\""));
    }

    @Test
    void theHomeStoryAndTimelinePagesListATextOnceWithALinkToItsCopies() throws IOException {
        io.github.briefing.group.Briefing briefing = Fixtures.withCopy();
        Path site = dir.resolve("site");
        render(briefing, site);
        SiteIndex index = new SiteIndex(briefing);
        io.github.briefing.describe.Article copied = index.articles.get(briefing.matches().get(1).a());

        String home = read(site, "index.html");
        assertListsCopiesOnce(home.substring(home.indexOf("Latest articles")), "", briefing.articles(), briefing);

        io.github.briefing.group.Story story = index.storyOf.get(copied.id());
        String page = read(site, index.storyUrl(story));
        int articles = page.indexOf("<h2>Articles</h2>");
        assertListsCopiesOnce(page.substring(articles, page.indexOf("<h2>", articles + 1)), "../",
                story.articles().stream().map(index.articles::get).toList(), briefing);

        String month = read(site, "timeline/" + copied.date().toString().substring(0, 7) + ".html");
        int day = month.indexOf("datetime=\"" + copied.date() + "\"");
        int next = month.indexOf("<h2", day);
        assertListsCopiesOnce(month.substring(day, next < 0 ? month.length() : next), "../",
                briefing.articles().stream().filter(a -> copied.date().equals(a.date())).toList(), briefing);
    }

    /** {@code list} shows one of the two copies {@link Fixtures#withCopy} made, links them, and every other article. */
    private static void assertListsCopiesOnce(String list, String root, List<io.github.briefing.describe.Article> all,
                                              io.github.briefing.group.Briefing briefing) {
        SiteIndex index = new SiteIndex(briefing);
        io.github.briefing.match.Match copied = briefing.matches().get(1);
        int shown = 0;
        for (String article : List.of(copied.a(), copied.b())) {
            // An item's link, not a chart's: it names the article's language.
            shown += list.split("href=\"" + root + index.articleUrl(article) + "\" lang=", -1).length - 1;
        }
        assertEquals(1, shown, "one of the two copies: " + list);
        assertTrue(list.contains("(and <a href=\"" + root + index.copiesOf(copied.a()).url() + "\">1 copy</a>)"), list);
        for (io.github.briefing.describe.Article a : all) {
            if (index.copiesOf(a.id()) == null) {
                assertTrue(list.contains("href=\"" + root + index.articleUrl(a.id()) + "\""), a.id() + " is listed");
            }
        }
    }

    @Test
    void aCopyRewrittenInOtherWordsIsShownAsSuchOnItsPartnersPagesInTheNextBuild() throws IOException {
        Path site = dir.resolve("site");
        Path cache = dir.resolve("cache");
        io.github.briefing.group.Briefing before = Fixtures.withCopy();
        renderReusing(before, site, site, cache);
        io.github.briefing.describe.Article copy = before.articles().get(3);
        io.github.briefing.describe.Article rewritten = Fixtures.article(copy.id(), copy.lang(), copy.title(),
                copy.date(), copy.dateBasis(), copy.outlet(), List.of("Quinoa farmers near Puno had a good season.",
                        "Ms Huaman expects sales of 3 million dollars."));
        List<io.github.briefing.describe.Article> articles = new java.util.ArrayList<>(before.articles());
        articles.set(3, rewritten);
        io.github.briefing.group.Briefing after = new io.github.briefing.group.Briefing(articles, before.anchors(),
                before.matches(), before.stories());

        Path fresh = dir.resolve("fresh");
        assertFalse(renderReusing(after, fresh, site, cache).isEmpty());
        SiteIndex index = new SiteIndex(after);
        io.github.briefing.match.Match copied = after.matches().get(1);
        String partner = read(fresh, index.articleUrl(copied.a()));
        assertTrue(partner.contains("translation \u00b7 score 0.97"), "now listed as a match of its own");
        assertNull(index.copiesOf(copied.a()));
        assertFalse(Files.exists(fresh.resolve(new SiteIndex(before).copiesOf(copied.a()).url())), "no copies' page");
        assertTrue(read(fresh, index.compareUrl(copied)).contains("class=\"parallel\""), "now side by side");
    }
}

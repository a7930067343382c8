package io.github.briefing.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import io.github.briefing.analyse.NameKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built sites in headless Chromium, served below a sub-path: pages render without console errors, fit a
 * 360 px phone, pass axe-core (no serious or critical violation, light and dark), and search finds articles
 * across languages, over HTTP and from file://. Expectations come from each site's briefing.json.
 */
class BrowserIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Map<String, StaticServer> SERVERS = new LinkedHashMap<>();
    private static Chromium browser;
    /** Column headers of one word that the browser laid out on more than one line ("Figur" / "e"). */
    private static final String BROKEN_HEADERS = "[...document.querySelectorAll('th')]"
            + ".filter(th => /^\\S+$/.test(th.textContent.trim()))"
            + ".filter(th => { const r = document.createRange(); r.selectNodeContents(th);"
            + " return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1; })"
            + ".map(th => th.textContent.trim()).join(', ')";

    @BeforeAll
    static void start() throws Exception {
        browser = Chromium.launch();
        SERVERS.put("seed", new StaticServer(BuiltSites.seed(), "/some/sub-path/"));
        SERVERS.put("larger", new StaticServer(BuiltSites.larger(), "/briefing/"));
    }

    @AfterAll
    static void stop() throws IOException {
        SERVERS.values().forEach(StaticServer::close);
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "larger"})
    void pagesRenderWithoutConsoleErrorsAndFitAPhone(String name) throws Exception {
        Path site = SiteFilesIT.site(name);
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {1280, 360}) {
            browser.emulate(width, "light");
            for (String page : BuiltSites.pageKinds(site)) {
                browser.open(SERVERS.get(name).url(page));
                browser.problems().forEach(p -> problems.add(page + ": " + p));
                assertTrue(browser.eval("document.querySelector('main h1') !== null").asBoolean(), page + " has a heading");
                int overflow = browser.eval("document.documentElement.scrollWidth - window.innerWidth").asInt();
                if (overflow > 0) {
                    problems.add(page + " is " + overflow + " px wider than a " + width + " px window");
                }
                String broken = browser.eval(BROKEN_HEADERS).asText();
                if (!broken.isEmpty()) {
                    problems.add(page + " at " + width + " px breaks the one-word column headers " + broken);
                }
            }
        }
        browser.open(SERVERS.get(name).url("no-such-page.html"));
        assertTrue(browser.eval("document.title").asText().startsWith("Not found"), "a missing page shows 404.html");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "larger"})
    void axeFindsNoSeriousOrCriticalViolationInLightOrDarkTheme(String name) throws Exception {
        List<String> violations = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.emulate(1280, scheme);
            for (String page : BuiltSites.pageKinds(SiteFilesIT.site(name))) {
                browser.open(SERVERS.get(name).url(page));
                axe().forEach(v -> violations.add(scheme + " " + page + ": " + v));
            }
        }
        browser.emulate(1280, "light");
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    @Test
    void axeReportsAnInaccessiblePage() throws Exception {
        browser.open("data:text/html,<html><body><img src=x.png><button></button></body></html>");
        assertFalse(axe().isEmpty(), "the check would catch a violation");
    }

    /** The serious and critical axe-core violations of the open page. */
    private static List<String> axe() throws IOException {
        browser.eval(resource(AXE) + ";true");
        JsonNode found = browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.html).join(' | ')))");
        return StreamSupport.stream(found.spliterator(), false).map(JsonNode::asText).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "larger"})
    void aPlaceNamedInOneLanguageFindsItsMatchInAnother(String name) throws Exception {
        JsonNode briefing = briefing(name);
        JsonNode match = strongest(briefing, "places");
        assertNotNull(match, "the site has a cross-lingual match with a shared place");
        JsonNode a = article(briefing, match.get("a").asText());
        JsonNode b = article(briefing, match.get("b").asText());
        String place = match.path("evidence").path("places").get(0).asText();
        String query = new ULocale("", place).getDisplayCountry(new ULocale(a.path("lang").asText()));

        browser.open(SERVERS.get(name).url("search.html"));
        List<String> found = search(query);
        assertTrue(found.contains(b.path("url").asText()), "searching \"" + query + "\" (" + a.path("lang").asText()
                + ") finds " + b.path("url") + " (" + b.path("lang").asText() + "): " + found);
        assertTrue(browser.problems().isEmpty(), browser.problems().toString());
    }

    @Test
    void aNameSpelledAsOneArticleSpellsItFindsTheOtherLanguage() throws Exception {
        JsonNode briefing = briefing("larger");
        JsonNode match = strongest(briefing, "names");
        assertNotNull(match, "the larger site has a cross-lingual match with a shared name");
        JsonNode a = article(briefing, match.get("a").asText());
        JsonNode b = article(briefing, match.get("b").asText());
        String key = match.path("evidence").path("names").get(0).asText();
        String word = words(a.path("text").asText()).stream().filter(w -> key.equals(NameKey.of(w)))
                .findFirst().orElseThrow(() -> new AssertionError("no word of " + a.get("id") + " has the key " + key));

        browser.open(SERVERS.get("larger").url("search.html"));
        List<String> found = search(word);
        assertTrue(found.contains(b.path("url").asText()), "searching \"" + word + "\" finds " + b.path("url") + ": " + found);
    }

    @Test
    void searchWorksFromFileUrlsAndShowsResults() throws Exception {
        JsonNode briefing = briefing("larger");
        JsonNode match = strongest(briefing, "places");
        String query = new ULocale("", match.path("evidence").path("places").get(0).asText()).getDisplayCountry(ULocale.ENGLISH);
        Path page = BuiltSites.larger().resolve("search.html").toAbsolutePath();
        browser.open(page.toUri() + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20"));
        browser.waitFor("document.querySelectorAll('#search-results li').length > 0");
        String href = browser.eval("document.querySelector('#search-results a').href").asText();
        assertTrue(href.startsWith(page.getParent().toUri().toString()), "results link into the site: " + href);
        assertTrue(browser.problems().isEmpty(), browser.problems().toString());
    }

    @Test
    void aTextSeveralOutletsRanIsOneResultThatNamesTheOutletsAndLinksItsCopies() throws Exception {
        Path site = BuiltSites.wire();
        JsonNode briefing = JSON.readTree(site.resolve("briefing.json").toFile());
        Map<String, String> urls = new LinkedHashMap<>();
        briefing.path("articles").forEach(a -> urls.put(a.path("id").asText(), a.path("url").asText()));
        List<String> wire = urls.keySet().stream().filter(id -> id.startsWith(WireCorpus.WIRE)).toList();
        assertEquals(WireCorpus.WIRE_OUTLETS.size(), wire.size());

        browser.open(site.resolve("search.html").toUri() + "?q=" + WireCorpus.PLACE);
        browser.waitFor("/match/.test(document.getElementById('search-status').textContent)");
        // Links as paths in the site: the page links from its own folder's URL.
        String root = quote(site.toAbsolutePath().toUri().toString());
        JsonNode results = browser.eval("[...document.querySelectorAll('#search-results > li')].map(li => ({"
                + "href: li.querySelector('a').href.replace(" + root + ", ''),"
                + "summary: (li.querySelector('details > summary') || {}).textContent || '',"
                + "copies: [...li.querySelectorAll('details a')].map(a => a.href.replace(" + root + ", ''))}))");
        List<String> shown = StreamSupport.stream(results.spliterator(), false).map(r -> r.path("href").asText()).toList();
        assertEquals(1 + WireCorpus.OWN, shown.size(), "the wire text once, and each article of its own: " + shown);
        List<JsonNode> folded = StreamSupport.stream(results.spliterator(), false)
                .filter(r -> !r.path("summary").asText().isEmpty()).toList();
        assertEquals(1, folded.size(), "one result folds copies: " + results);
        JsonNode text = folded.get(0);
        String first = wire.stream().filter(id -> text.path("href").asText().equals(urls.get(id))).findFirst()
                .orElseThrow(() -> new AssertionError("the folded result is one of the copies: " + text));
        List<String> others = wire.stream().filter(id -> !id.equals(first)).toList();
        String summary = text.path("summary").asText();
        assertTrue(summary.startsWith("Also in " + others.size() + " other outlets"), summary);
        for (String id : others) {
            String outlet = WireCorpus.WIRE_OUTLETS.get(wire.indexOf(id));
            assertTrue(summary.contains(outlet), outlet + " is named: " + summary);
        }
        List<String> links = StreamSupport.stream(text.path("copies").spliterator(), false).map(JsonNode::asText).toList();
        for (String id : others) {
            assertTrue(links.contains(urls.get(id)), "links the copy " + id + ": " + links);
        }
        String copiesPage = links.stream().filter(l -> l.startsWith("copies/")).findFirst()
                .orElseThrow(() -> new AssertionError("links the copies' page: " + links));
        assertTrue(java.nio.file.Files.exists(site.resolve(copiesPage)), copiesPage + " exists");
        assertTrue(browser.eval("document.getElementById('search-status').textContent").asText()
                .startsWith((wire.size() + WireCorpus.OWN) + " articles match"), "the status counts every article");
        assertTrue(shown.indexOf(urls.get("own-0")) < shown.indexOf(urls.get("own-1")),
                "the article with the place in its headline ranks above one without: " + shown);
        assertTrue(browser.problems().isEmpty(), browser.problems().toString());
        // Checked last: axe-core reads the style sheets, which a file:// page may not (a console error).
        browser.eval("[...document.querySelectorAll('#search-results details')].map(d => d.open = true)");
        assertEquals(List.of(), axe(), "the results, copies opened, pass axe-core");
    }

    @Test
    void aCountrysNameFindsTheArticlesThatNameItBeforeWordsThatOnlyFoldAlike() throws Exception {
        // Words are filed under spelling-tolerant keys, and "kill" folds as "Chile" does. The article that kills is
        // newer and has its word in the headline, which ranked it first when a key alone counted as the word.
        Path articles = BuiltSites.TARGET.resolve("alike-articles");
        Files.createDirectories(articles);
        Files.write(articles.resolve("articles.jsonl"), List.of(
                JSON.writeValueAsString(Map.of("id", "named", "title", "Copper exports reach a new high",
                        "outlet", "Mining Weekly", "date", "2026-05-04", "lang", "en", "text",
                        "Mines in Chile shipped 400,000 tonnes of copper in April, the most in a decade.\n\n"
                                + "Officials in Chile expect the ports to handle more next year.")),
                JSON.writeValueAsString(Map.of("id", "alike", "title", "Late frost could kill the vines",
                        "outlet", "Valley Growers", "date", "2026-05-06", "lang", "en", "text",
                        "Growers fear one more cold night could kill the young vines across the valley.\n\n"
                                + "A frost in May would kill most of the buds, they said."))));
        Path site = BuiltSites.build(articles, BuiltSites.TARGET.resolve("alike"));
        Map<String, String> urls = new LinkedHashMap<>();
        JSON.readTree(site.resolve("briefing.json").toFile()).path("articles")
                .forEach(a -> urls.put(a.path("id").asText(), a.path("url").asText()));

        browser.open(site.resolve("search.html").toUri().toString());
        JsonNode found = browser.eval("briefingSearch.find('Chile')");
        List<String> ranked = StreamSupport.stream(found.spliterator(), false).map(JsonNode::asText).toList();

        assertEquals(List.of(urls.get("named"), urls.get("alike")), ranked,
                "the article naming the country first, the one with a word alike still found");
    }

    @Test
    void thePageFoldsQueriesExactlyAsTheIndexFoldsWords() throws Exception {
        JsonNode briefing = briefing("larger");
        List<String> words = new ArrayList<>();
        for (JsonNode article : briefing.path("articles")) {
            words.addAll(words(article.path("text").asText()));
        }
        List<String> sample = words.stream().distinct().sorted().limit(3000).toList();
        browser.open(SERVERS.get("larger").url("search.html"));
        JsonNode terms = browser.eval("(" + JSON.writeValueAsString(sample) + ").map(w => briefingSearch.term(w))");
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            String expected = indexTerm(sample.get(i));
            if (!expected.equals(terms.get(i).asText())) {
                differences.add(sample.get(i) + ": index " + expected + ", page " + terms.get(i).asText());
            }
        }
        assertFalse(sample.isEmpty());
        assertEquals(List.of(), differences);
    }

    /**
     * Types a query into the search page, waits until it lists results, and returns every article the query finds
     * (the page shows the first hundred), as URLs relative to the site root.
     */
    private static List<String> search(String query) throws InterruptedException {
        browser.eval("(() => { const i = document.getElementById('search-query'); i.value = " + quote(query)
                + "; i.dispatchEvent(new Event('input')); return true; })()");
        browser.waitFor("/match/.test(document.getElementById('search-status').textContent)");
        assertTrue(browser.eval("document.querySelectorAll('#search-results li').length").asInt() > 0,
                "the page lists what \"" + query + "\" finds");
        JsonNode all = browser.eval("briefingSearch.find(" + quote(query) + ")");
        return StreamSupport.stream(all.spliterator(), false).map(JsonNode::asText).toList();
    }

    /** How the index files a word: its name key where the folded word is ASCII, else the folded word. */
    private static String indexTerm(String word) {
        String folded = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!folded.chars().allMatch(c -> c < 128)) {
            return folded;
        }
        String key = NameKey.of(folded.replaceAll("['\u2019]s$|['\u2019-]+$", ""));
        return key.isEmpty() ? folded : key;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[.,'\u2019-][\\p{L}\\p{M}\\p{N}]+)*")
                .matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** The strongest cross-lingual match with evidence of a kind, or null. */
    private static JsonNode strongest(JsonNode briefing, String evidence) {
        return StreamSupport.stream(briefing.path("matches").spliterator(), false)
                .filter(m -> m.path("crossLingual").asBoolean() && m.path("evidence").path(evidence).size() > 0)
                .max(Comparator.comparingDouble((JsonNode m) -> m.path("score").asDouble())
                        .thenComparing(m -> m.path("a").asText(), Comparator.reverseOrder()))
                .orElse(null);
    }

    private static JsonNode article(JsonNode briefing, String id) {
        for (JsonNode a : briefing.path("articles")) {
            if (a.path("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("briefing.json lacks article " + id);
    }

    private static JsonNode briefing(String name) throws IOException {
        return JSON.readTree(SiteFilesIT.site(name).resolve("briefing.json").toFile());
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BrowserIT.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package io.github.briefing.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefing.analyse.NameKey;
import io.github.briefing.group.Briefing;
import org.junit.jupiter.api.Test;

import io.github.briefing.cache.KeyedLines;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    private final Briefing briefing = Fixtures.briefing();
    private final SiteIndex index = new SiteIndex(briefing);
    private final SearchIndex search = new SearchIndex(briefing.articles(), briefing.anchors(), index, new Words());

    private JsonNode json() throws Exception {
        return SearchFiles.of(search).joined();
    }

    private List<String> urls(JsonNode json, String term) {
        List<String> urls = new ArrayList<>();
        json.path("terms").path(term).forEach(d -> urls.add(json.path("docs").get(d.asInt()).get(0).asText()));
        return urls;
    }

    @Test
    void filesBothSpellingsOfANameUnderOneKey() throws Exception {
        JsonNode json = json();
        assertEquals(List.of(index.articleUrl(Fixtures.EN), index.articleUrl(Fixtures.ES)),
                urls(json, NameKey.of("peru")), "Peru and Perú");
    }

    @Test
    void mapsACountrysNameInEachLanguageOfTheBriefingToItsArticles() throws Exception {
        JsonNode json = json();
        String code = json.path("places").path(NameKey.of("perou")).path(0).asText();
        assertEquals("PE", code, "the French name of Peru, French being a language of the briefing");
        assertEquals(List.of(index.articleUrl(Fixtures.EN), index.articleUrl(Fixtures.ES)), urls(json, "@PE"));
    }

    @Test
    void describesEachArticleForTheResultList() throws Exception {
        JsonNode doc = json().path("docs").get(1);
        assertEquals(index.articleUrl(Fixtures.ES), doc.get(0).asText());
        assertEquals("es", doc.get(2).asText());
        assertEquals("2024-05-03", doc.get(3).asText());
        assertTrue(doc.get(4).asBoolean(), "the date is inferred");
        assertEquals("Diario Sur", doc.get(5).asText());
    }

    @Test
    void aCopyNamesTheFirstDocumentOfItsGroupWhosePageNamesTheCopiesPage() throws Exception {
        Briefing copies = Fixtures.withCopy();
        SiteIndex site = new SiteIndex(copies);
        JsonNode docs = SearchFiles.of(new SearchIndex(copies.articles(), copies.anchors(), site, new Words())).joined()
                .path("docs");
        List<String> ids = copies.articles().stream().map(io.github.briefing.describe.Article::id).toList();
        String copied = copies.matches().get(1).a();
        String copy = copies.matches().get(1).b();
        int first = ids.indexOf(site.copies.of(copy).articles().get(0));
        assertEquals(first, docs.get(ids.indexOf(copied)).get(6).asInt(), "the copied article names the group's first");
        assertEquals(first, docs.get(ids.indexOf(copy)).get(6).asInt(), "and so does its copy");
        assertEquals(site.copiesOf(copy).url(), docs.get(first).get(0).asText().replaceFirst("^articles/", "copies/"),
                "the copies' page is named after the first document's page, as briefing.js links it");
        for (String alone : ids.stream().filter(id -> site.copiesOf(id) == null).toList()) {
            assertEquals(6, docs.get(ids.indexOf(alone)).size(), alone + ": no group, no seventh field");
        }
    }

    @Test
    void showsANameKeyAsAnArticleSpelledIt() {
        assertEquals("Huaman", search.surface(NameKey.of("Huaman")));
        assertEquals("zzz", search.surface("zzz"));
    }

    @Test
    void namesTheArticlesWriteOneAfterTheOtherAreShownAsOne() {
        var en = Fixtures.article("a/en", "en", "Ana Quispe visits Lima", null, null, null,
                List.of("The minister, Ana Quispe, said so. Quispe. Lima waited, ONU Lima said."));
        var other = Fixtures.article("b/en", "en", "Talks in Lima", null, null, null, List.of("Lima and Quispe agreed."));
        Briefing two = new Briefing(List.of(en, other), Map.of(), List.of(), List.of());
        SearchIndex names = new SearchIndex(two.articles(), two.anchors(), new SiteIndex(two), new Words());

        assertEquals(List.of("Ana Quispe", "Lima", "ONU"),
                names.names(List.of(NameKey.of("Quispe"), NameKey.of("Lima"), NameKey.of("Ana"), NameKey.of("ONU"))),
                "words with a space between are one name; across a full stop, a word between, or an acronym not");
    }

    @Test
    void aNameIsShownWithTheAccentsOneArticleGaveIt() {
        var plain = Fixtures.article("a/en", "en", "Talks", null, null, null, List.of("Then Jose Perez spoke."));
        var accented = Fixtures.article("b/es", "es", "Charla", null, null, null, List.of("Luego habló José Pérez."));
        var other = Fixtures.article("c/de", "de", "Gespräch", null, null, null, List.of("Dann sprach Josef Peres."));
        Briefing three = new Briefing(List.of(plain, accented, other), Map.of(), List.of(), List.of());
        SearchIndex names = new SearchIndex(three.articles(), three.anchors(), new SiteIndex(three), new Words());

        assertEquals(List.of("José Pérez"), names.names(List.of(NameKey.of("Jose"), NameKey.of("Perez"))),
                "the later article's accents win over the first article's plain letters");
    }

    @Test
    void eachPartIsWrittenAsAJsonWriterWritesItsTreeTermsInNameOrder() throws Exception {
        SearchFiles files = SearchFiles.of(search, new SearchParts.Layout(1, 2), null);
        List<String> terms = new ArrayList<>();
        for (Map.Entry<String, String> file : files.files().entrySet()) {
            String script = file.getValue();
            String body = script.substring(script.indexOf('=') + 2, script.lastIndexOf(';'));
            JsonNode json = new ObjectMapper().readTree(body);
            assertEquals(new ObjectMapper().writeValueAsString(json), body, "compact, each posting a JSON array");
            if (file.getKey().contains("/terms-")) {
                List<String> part = new ArrayList<>();
                json.fieldNames().forEachRemaining(part::add);
                assertEquals(part.stream().sorted().toList(), part, file.getKey());
                terms.addAll(part);
                json.forEach(docs -> {
                    for (int i = 1; i < docs.size(); i++) {
                        assertTrue(docs.get(i - 1).asInt() < docs.get(i).asInt(), "each document once, in order");
                    }
                });
            }
        }
        assertTrue(terms.size() > 10);
        assertEquals(2 + 3 + 1, files.files().size(), "two parts of terms, one of documents per article, the head");
    }

    @Test
    void numbersAreSearchableAsWritten() throws Exception {
        assertEquals(List.of(index.articleUrl(Fixtures.EN)), urls(json(), "2,500"));
    }

    @Test
    void termsKeptFromTheLastBuildGiveTheSameIndexAndSpellings(@TempDir Path cache) throws Exception {
        KeyedLines first = KeyedLines.open(cache, "terms.tsv", "");
        new SearchIndex(briefing.articles(), briefing.anchors(), index, new Words(), first, Map.of());
        first.save();

        KeyedLines kept = KeyedLines.open(cache, "terms.tsv", "");
        SearchIndex rebuilt = new SearchIndex(briefing.articles(), briefing.anchors(), index, new Words(), kept, Map.of());

        assertEquals(SearchFiles.of(search).files(), SearchFiles.of(rebuilt).files());
        assertEquals(search.surface(NameKey.of("peru")), rebuilt.surface(NameKey.of("peru")));
        assertTrue(java.nio.file.Files.readString(cache.resolve("terms.tsv")).lines().count() > 1,
                "one line per article, after the context");
    }

    @Test
    void anArticleWithAKnownInputIsKnownByItNotByItsText(@TempDir Path cache) throws Exception {
        Map<io.github.briefing.describe.Article, String> inputs = new IdentityHashMap<>();
        briefing.articles().forEach(a -> inputs.put(a, "input of " + a.id()));
        KeyedLines first = KeyedLines.open(cache, "terms.tsv", "");
        new SearchIndex(briefing.articles(), briefing.anchors(), index, new Words(), first, inputs);
        first.save();

        KeyedLines kept = KeyedLines.open(cache, "terms.tsv", "");
        assertEquals(SearchFiles.of(search).files(), SearchFiles.of(new SearchIndex(briefing.articles(),
                briefing.anchors(), index, new Words(), kept, inputs)).files());
        // Two articles that swapped inputs take each other's kept terms: the input, not the text, is the key.
        var a = briefing.articles().get(0);
        var b = briefing.articles().get(1);
        inputs.put(a, "input of " + b.id());
        inputs.put(b, "input of " + a.id());
        KeyedLines swapped = KeyedLines.open(cache, "terms.tsv", "");
        assertTrue(!SearchFiles.of(search).joined().equals(SearchFiles.of(new SearchIndex(briefing.articles(),
                briefing.anchors(), index, new Words(), swapped, inputs)).joined()));
    }

    private static Briefing of(io.github.briefing.describe.Article... articles) {
        return new Briefing(List.of(articles), Map.of(), List.of(), List.of());
    }

    private static SearchIndex indexed(Briefing b, KeyedLines known) {
        return new SearchIndex(b.articles(), b.anchors(), new SiteIndex(b), new Words(), known, Map.of());
    }

    private static Map<String, String> kept(Path cache) throws Exception {
        Map<String, String> lines = new java.util.HashMap<>();
        java.nio.file.Files.readAllLines(cache.resolve("terms.tsv")).stream().skip(1)
                .forEach(line -> lines.put(line.substring(0, line.indexOf('\t')), line.substring(line.indexOf('\t') + 1)));
        return lines;
    }

    @Test
    void anEditNumbersOnlyItsNewTermsAndLeavesTheOtherLinesAsTheyWere(@TempDir Path cache) throws Exception {
        var lima = Fixtures.article("a/en", "en", "Talks in Lima", null, null, null, List.of("Lima and Quispe agreed."));
        var quito = Fixtures.article("b/en", "en", "Rain in Quito", null, null, null, List.of("Quito waited for rain."));
        var edited = Fixtures.article("b/en", "en", "Rain in Quito", null, null, null,
                List.of("Quito waited for rain.", "Guayaquil and Cuenca did not."));
        KeyedLines first = KeyedLines.open(cache, "terms.tsv", "");
        indexed(of(lima, quito), first);
        first.save();
        Map<String, String> before = kept(cache);

        KeyedLines second = KeyedLines.open(cache, "terms.tsv", "");
        SearchIndex rebuilt = indexed(of(lima, edited), second);
        second.save();
        Map<String, String> after = kept(cache);

        assertEquals(SearchFiles.of(indexed(of(lima, edited), null)).files(), SearchFiles.of(rebuilt).files());
        assertTrue(after.get("term numbers").startsWith(before.get("term numbers")), "the new terms come after");
        assertTrue(after.get("term numbers").length() > before.get("term numbers").length());
        assertEquals(1, before.values().stream().filter(after::containsValue).count(),
                "the unedited article's line is as it was, the edited one's and the numbers' line not");
    }

    @Test
    void whenMostNumberedTermsAreNamedNoMoreTheTermsAreNumberedAgain(@TempDir Path cache) throws Exception {
        var many = Fixtures.article("a/en", "en", "Talks in Lima", null, null, null,
                List.of("Lima and Quispe agreed on ferries, roads, bridges, schools, ports and airports."));
        var few = Fixtures.article("b/en", "en", "Rain", null, null, null, List.of("Quito waited."));
        KeyedLines first = KeyedLines.open(cache, "terms.tsv", "");
        indexed(of(many, few), first);
        first.save();
        KeyedLines second = KeyedLines.open(cache, "terms.tsv", "");
        indexed(of(few), second);
        second.save();
        String numbers = kept(cache).get("term numbers");

        KeyedLines third = KeyedLines.open(cache, "terms.tsv", "");
        SearchIndex rebuilt = indexed(of(few), third);
        assertEquals(SearchFiles.of(indexed(of(few), null)).files(), SearchFiles.of(rebuilt).files());
        Path alone = cache.resolve("alone");
        KeyedLines fresh = KeyedLines.open(alone, "terms.tsv", "");
        indexed(of(few), fresh);
        fresh.save();
        assertEquals(Set.of(kept(alone).get("term numbers").split("\u001f")), Set.of(numbers.split("\u001f")),
                "only the words the one article names are numbered");
    }

    @Test
    void copiesOfOneTextAreEachFoundByTheirOwnHeadlineAndOutletAndByTheText() throws Exception {
        List<String> text = List.of("Then Jose Perez spoke in Lima.", "Prices held.");
        var first = Fixtures.article("a/es", "es", "Ana Quispe habla", null, null, "Diario Sur", text);
        var copy = Fixtures.article("b/es", "es", "José Pérez en Lima", null, null, "Andes Daily",
                new ArrayList<>(text));
        var alone = Fixtures.article("c/es", "es", "Otra cosa", null, null, null, List.of("Nada más."));
        Briefing three = of(first, copy, alone);
        SiteIndex site = new SiteIndex(three);
        SearchIndex copies = new SearchIndex(three.articles(), three.anchors(), site, new Words());
        JsonNode json = SearchFiles.of(copies).joined();

        assertEquals(List.of(site.articleUrl("a/es"), site.articleUrl("b/es")), urls(json, NameKey.of("prices")));
        assertEquals(List.of(site.articleUrl("a/es")), urls(json, NameKey.of("quispe")), "the first one's headline");
        assertEquals(List.of(site.articleUrl("a/es")), urls(json, NameKey.of("diario")), "the first one's outlet");
        assertEquals(List.of(site.articleUrl("b/es")), urls(json, NameKey.of("andes")), "the copy's outlet");
        assertEquals(List.of(site.articleUrl("c/es")), urls(json, NameKey.of("nada")));
        assertEquals(List.of("José Pérez"), copies.names(List.of(NameKey.of("Jose"), NameKey.of("Perez"))),
                "the copy's headline spells the name with accents, before the text it shares without them");
        assertEquals(List.of("Ana Quispe"), copies.names(List.of(NameKey.of("Quispe"), NameKey.of("Ana"))),
                "a pair of names in one headline only");
    }
}

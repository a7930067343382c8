package io.github.briefing.render;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.briefing.analyse.NameKey;
import io.github.briefing.cache.KeyedLines;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchPartsTest {

    private static final SearchParts.Layout SMALL = new SearchParts.Layout(2, 8);
    private static final List<String> PLACES = List.of("Lima", "Quito", "Cusco", "Arequipa", "Trujillo", "Piura",
            "Chiclayo", "Iquitos");

    /** Eight articles, each on a town of its own and what the towns share. */
    private static List<Article> articles() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < PLACES.size(); i++) {
            articles.add(Fixtures.article("a/" + i, i % 2 == 0 ? "en" : "es", "News from " + PLACES.get(i), null,
                    null, i % 3 == 0 ? "Andes Daily" : null, List.of(PLACES.get(i) + " counted " + (1000 + i)
                            + " voters.", "Markets opened and the roads were busy.")));
        }
        return articles;
    }

    private static SearchIndex indexed(List<Article> articles, KeyedLines known) {
        Briefing b = new Briefing(articles, Map.of(), List.of(), List.of());
        return new SearchIndex(b.articles(), b.anchors(), new SiteIndex(b), new Words(), known, Map.of());
    }

    @Test
    void thePartsJoinedAreTheIndexWhateverTheLayout() throws Exception {
        SearchIndex index = indexed(articles(), null);
        SearchFiles whole = SearchFiles.of(index, new SearchParts.Layout(1000, 1), null);
        SearchFiles cut = SearchFiles.of(index, SMALL, null);

        assertEquals(3, whole.files().size(), "the head, one part of documents, one of terms");
        assertEquals(1 + 4 + 8, cut.files().size(), "the head, documents two by two, eight parts of terms");
        assertTrue(cut.files().keySet().stream().filter(f -> f.contains("/terms-"))
                .allMatch(f -> cut.files().get(f).length() > 40), "every part of terms holds some: " + cut.files());
        assertEquals(whole.joined(), cut.joined());
        assertEquals(PLACES.size(), cut.joined().path("docs").size());
        assertTrue(cut.joined().path("terms").size() > 20);
    }

    @Test
    void anEditChangesTheHeadAndOnlyThePartsOfTheTermsItGainedOrLost(@TempDir Path cache) throws Exception {
        List<Article> before = articles();
        List<Article> after = new ArrayList<>(before);
        Article edited = before.get(5);
        after.set(5, Fixtures.article(edited.id(), edited.lang(), edited.title(), null, null, edited.outlet(),
                List.of(edited.paragraphs().get(0), "Markets opened and the ferries were late.")));
        SearchParts.Last last = new SearchParts.Last();
        KeyedLines first = KeyedLines.open(cache, "terms.tsv", "");
        SearchFiles was = SearchFiles.of(indexed(before, first), SMALL, last);
        first.save();

        KeyedLines second = KeyedLines.open(cache, "terms.tsv", "");
        SearchFiles now = SearchFiles.of(indexed(after, second), SMALL, last, was);

        SearchFiles clean = SearchFiles.of(indexed(after, null), SMALL, null);
        assertEquals(clean.files(), now.files(), "a rebuild writes what a clean build writes");
        Set<String> gainedOrLost = new HashSet<>();
        was.joined().path("terms").fieldNames().forEachRemaining(gainedOrLost::add);
        now.joined().path("terms").fieldNames().forEachRemaining(t -> {
            if (!gainedOrLost.remove(t)) {
                gainedOrLost.add(t);
            }
        });
        JsonNode docsOfKept = was.joined().path("terms");
        now.joined().path("terms").fields().forEachRemaining(t -> {
            if (docsOfKept.has(t.getKey()) && !docsOfKept.get(t.getKey()).equals(t.getValue())) {
                gainedOrLost.add(t.getKey());
            }
        });
        Set<String> expected = new TreeSet<>(Set.of(SearchParts.HEAD));
        gainedOrLost.forEach(t -> expected.add(SearchParts.termsFile(SMALL.termPart(t))));
        Set<String> changed = new TreeSet<>();
        now.files().forEach((file, text) -> {
            if (!text.equals(was.files().get(file))) {
                changed.add(file);
            }
        });
        assertTrue(gainedOrLost.contains(NameKey.of("ferries")) && !gainedOrLost.contains(NameKey.of("markets")),
                gainedOrLost.toString());
        assertEquals(expected, changed, "the edited article's title, date and outlet are as they were");
        assertTrue(changed.size() < now.files().size() / 2, changed.toString());
        assertEquals(changed, now.written(), "the files of the last build whose content is unchanged are kept");
        assertEquals(changed, now.generated(), "what no edit reached is known by its digest, not generated again");
    }

    @Test
    void anEditedHeadlineChangesThePartOfItsDocument(@TempDir Path cache) throws Exception {
        List<Article> after = new ArrayList<>(articles());
        Article edited = after.get(2);
        after.set(2, Fixtures.article(edited.id(), edited.lang(), "Late news from Cusco", null, null,
                edited.outlet(), edited.paragraphs()));
        SearchParts.Last last = new SearchParts.Last();
        KeyedLines first = KeyedLines.open(cache, "terms.tsv", "");
        SearchFiles was = SearchFiles.of(indexed(articles(), first), SMALL, last);
        first.save();
        SearchFiles now = SearchFiles.of(indexed(after, KeyedLines.open(cache, "terms.tsv", "")), SMALL, last, was);

        assertEquals(SearchFiles.of(indexed(after, null), SMALL, null).files(), now.files());
        String docs = SearchParts.docsFile(1);
        assertFalse(was.files().get(docs).equals(now.files().get(docs)), "documents 2 and 3");
        for (int p : new int[] {0, 2, 3}) {
            assertEquals(was.files().get(SearchParts.docsFile(p)), now.files().get(SearchParts.docsFile(p)));
            assertFalse(now.generated().contains(SearchParts.docsFile(p)));
            assertFalse(now.written().contains(SearchParts.docsFile(p)));
        }
    }

    @Test
    void theHeadNamesEachPartWithAVersionThatChangesWithItsContent(@TempDir Path cache) throws Exception {
        List<Article> after = new ArrayList<>(articles());
        Article edited = after.get(0);
        after.set(0, Fixtures.article(edited.id(), edited.lang(), edited.title(), null, null, edited.outlet(),
                List.of("Lima counted its ballots again.")));
        SearchFiles was = SearchFiles.of(indexed(articles(), null), SMALL, null);
        SearchFiles now = SearchFiles.of(indexed(after, null), SMALL, null);

        List<String> names = new ArrayList<>();
        was.head().path("termParts").forEach(n -> names.add(n.asText()));
        List<String> newNames = new ArrayList<>();
        now.head().path("termParts").forEach(n -> newNames.add(n.asText()));
        for (int p = 0; p < SMALL.termParts(); p++) {
            boolean same = was.files().get(SearchParts.termsFile(p)).equals(now.files().get(SearchParts.termsFile(p)));
            assertEquals(same, names.get(p).equals(newNames.get(p)), names.get(p) + " / " + newNames.get(p));
        }
        assertFalse(names.equals(newNames));
    }

    @Test
    void aPartKnownByItsDigestIsGeneratedWhenItsFileMustBeWrittenAfterAll(@TempDir Path cache) throws Exception {
        SearchParts.Last last = new SearchParts.Last();
        SearchFiles first = SearchFiles.of(inSeries(cache), SMALL, last);
        // A writer that finds no file of the last build: every part is asked for, the known ones included.
        SearchFiles second = SearchFiles.of(inSeries(cache), SMALL, last);

        assertEquals(first.files(), second.files());
        assertEquals(second.files().keySet(), second.generated());
        SearchFiles third = SearchFiles.of(inSeries(cache), SMALL, last, second);
        assertEquals(Set.of(SearchParts.HEAD), third.generated(), "nothing changed: only the head is generated");
        assertEquals(Set.of(), third.written(), "and no file is written");
    }

    /**
     * The index of the articles built after the last one whose terms {@code cache} keeps: their numbers are that
     * build's (threads number new words in any order).
     */
    private static SearchIndex inSeries(Path cache) throws Exception {
        KeyedLines terms = KeyedLines.open(cache, "terms.tsv", "");
        SearchIndex index = indexed(articles(), terms);
        terms.save();
        return index;
    }

    @Test
    void theLayoutGrowsWithTheCorpusInPowersOfTwo() {
        assertEquals(new SearchParts.Layout(1000, 1), SearchParts.Layout.of(5));
        assertEquals(32, SearchParts.Layout.of(10_000).termParts());
        assertEquals(256, SearchParts.Layout.of(100_000).termParts());
        assertEquals(10, SearchParts.Layout.of(10_000).docParts(10_000));
        assertEquals(11, SearchParts.Layout.of(10_001).docParts(10_001));
        Set<Integer> parts = new HashSet<>();
        for (String place : PLACES) {
            parts.add(SMALL.termPart(place.toLowerCase()));
        }
        assertTrue(parts.size() > 3, "terms spread over the parts: " + parts);
    }

    @Test
    void onlyInOneListsWhatOneSideHoldsEachOnce() {
        assertArrayEquals(new int[] {1, 4, 9}, SearchParts.onlyInOne(new int[] {7, 4, 2, 2, 1}, new int[] {2, 9, 7, 9}));
        assertArrayEquals(new int[0], SearchParts.onlyInOne(new int[] {3, 1}, new int[] {1, 3, 3}));
        assertArrayEquals(new int[] {5}, SearchParts.onlyInOne(new int[0], new int[] {5}));
    }
}

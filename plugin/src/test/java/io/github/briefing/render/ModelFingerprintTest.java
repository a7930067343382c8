package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ModelFingerprintTest {

    private static final ArticleRef HARBOUR = new ArticleRef("harbour", "articles/harbour.html", "Harbour reopens",
            false, "en", "2021-03-04", false, "Coast Daily");
    private static final ArticleRef RETITLED = new ArticleRef("harbour", "articles/harbour.html",
            "Harbour reopens early", false, "en", "2021-03-04", false, "Coast Daily");

    @Test
    void mapsAndSetsFilledInAnotherOrderGiveTheSameText() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("ref", HARBOUR);
        one.put("tags", new HashSet<>(List.of("port", "storm", "ferry")));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("tags", Set.of("ferry", "storm", "port"));
        other.put("ref", HARBOUR);

        assertEquals(ModelFingerprint.text(one), ModelFingerprint.text(other));
    }

    @Test
    void anyChangedComponentChangesTheText() {
        ArticleRef inferred = new ArticleRef("harbour", "articles/harbour.html", "Harbour reopens", false, "en",
                "2021-03-04", true, "Coast Daily");

        String text = ModelFingerprint.text(Map.of("a", HARBOUR));
        assertNotEquals(text, ModelFingerprint.text(Map.of("a", RETITLED)));
        assertNotEquals(text, ModelFingerprint.text(Map.of("a", inferred)));
        assertNotEquals(text, ModelFingerprint.text(Map.of("b", HARBOUR)));
    }

    @Test
    void listsKeepTheirOrderAndNullDiffersFromTheWordNull() {
        assertNotEquals(ModelFingerprint.text(List.of("a", "b")), ModelFingerprint.text(List.of("b", "a")));
        assertNotEquals(ModelFingerprint.text(java.util.Arrays.asList((Object) null)),
                ModelFingerprint.text(List.of("null")));
        assertNotEquals(ModelFingerprint.of("ab", "c"), ModelFingerprint.of("a", "bc"));
    }

    @Test
    void aPageLargerThanOnePieceIsFingerprintedByAllOfIt() {
        List<ArticleRef> many = java.util.stream.IntStream.range(0, 2000).mapToObj(i -> new ArticleRef("a" + i,
                "articles/a" + i + ".html", "Harbour news " + i, false, "en", "2021-03-04", false, "Coast Daily"))
                .toList();
        List<ArticleRef> lastChanged = new java.util.ArrayList<>(many);
        lastChanged.set(many.size() - 1, HARBOUR);
        ModelFingerprint prints = new ModelFingerprint(Set.of());

        assertEquals(prints.page("timeline", "", Map.of("days", many)),
                prints.page("timeline", "", Map.of("days", List.copyOf(many))));
        assertNotEquals(prints.page("timeline", "", Map.of("days", many)),
                prints.page("timeline", "", Map.of("days", lastChanged)));
        assertNotEquals(prints.page("timeline", "", Map.of("days", many)),
                prints.page("timeline", "../", Map.of("days", many)));
    }

    @Test
    void aSharedRecordStandsForItsValueWhicheverInstanceCarriesIt() {
        ModelFingerprint shared = new ModelFingerprint(Set.of(ArticleRef.class));
        ArticleRef sameValue = new ArticleRef("harbour", "articles/harbour.html", "Harbour reopens", false, "en",
                "2021-03-04", false, "Coast Daily");

        String page = shared.page("article", "../", Map.of("refs", List.of(HARBOUR, HARBOUR)));
        assertEquals(page, shared.page("article", "../", Map.of("refs", List.of(HARBOUR, sameValue))));
        assertEquals(page, new ModelFingerprint(Set.of(ArticleRef.class))
                .page("article", "../", Map.of("refs", List.of(sameValue, sameValue))));
        assertNotEquals(page, shared.page("article", "../", Map.of("refs", List.of(HARBOUR, RETITLED))));
    }

    @Test
    void aRecordWithAKnownInputIsDigestedByItAndOnlyItsOwnInstance() {
        ArticleRef sameAsHarbour = new ArticleRef("harbour", "articles/harbour.html", "Harbour reopens", false, "en",
                "2021-03-04", false, "Coast Daily");
        Map<Object, String> inputs = new java.util.IdentityHashMap<>();
        inputs.put(HARBOUR, "input 1");
        inputs.put(RETITLED, "input 1");
        ModelFingerprint prints = new ModelFingerprint(Set.of(ArticleRef.class), inputs);
        ModelFingerprint byText = new ModelFingerprint(Set.of(ArticleRef.class));

        // Equal inputs stand for equal records: the text is not read.
        assertEquals(prints.page("article", "../", List.of(HARBOUR)), prints.page("article", "../", List.of(RETITLED)));
        // An equal record without a known input is read as text, as is every record without inputs.
        assertNotEquals(prints.page("article", "../", List.of(HARBOUR)),
                prints.page("article", "../", List.of(sameAsHarbour)));
        assertEquals(byText.page("article", "../", List.of(sameAsHarbour)),
                new ModelFingerprint(Set.of(ArticleRef.class)).page("article", "../", List.of(HARBOUR)));
        inputs.put(RETITLED, "input 2");
        assertNotEquals(new ModelFingerprint(Set.of(ArticleRef.class), inputs).page("article", "../", List.of(HARBOUR)),
                new ModelFingerprint(Set.of(ArticleRef.class), inputs).page("article", "../", List.of(RETITLED)));
    }
}

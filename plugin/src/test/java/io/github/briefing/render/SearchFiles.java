package io.github.briefing.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files of a search index as a build writes them, and the index the search page joins from them.
 *
 * @param files        each file's text, by its path in the site
 * @param fingerprints each file's fingerprint
 * @param written      the files written, not kept from the last build's as a page cache keeps them
 * @param generated    the files whose content the build generated (the others were known by their digests)
 */
record SearchFiles(Map<String, String> files, Map<String, String> fingerprints, Set<String> written,
                   Set<String> generated) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static SearchFiles of(SearchIndex index) {
        return of(new SearchParts(index), null, null);
    }

    static SearchFiles of(SearchIndex index, SearchParts.Layout layout, SearchParts.Last last) {
        return of(new SearchParts(index, layout), last, null);
    }

    /**
     * The files of a build after {@code previous}, whose files it keeps where the fingerprint is unchanged, as the
     * page cache does; every file is written without it.
     */
    static SearchFiles of(SearchIndex index, SearchParts.Layout layout, SearchParts.Last last, SearchFiles previous) {
        return of(new SearchParts(index, layout), last, previous);
    }

    private static SearchFiles of(SearchParts parts, SearchParts.Last last, SearchFiles previous) {
        Map<String, String> files = new TreeMap<>();
        Map<String, String> fingerprints = new TreeMap<>();
        Set<String> written = new TreeSet<>();
        List<String> generated = parts.write((path, fingerprint, content) -> {
            fingerprints.put(path, fingerprint);
            String text = previous != null && fingerprint.equals(previous.fingerprints().get(path))
                    ? previous.files().get(path) : null;
            if (text == null) {
                text = new String(content.get(), StandardCharsets.UTF_8);
                written.add(path);
            }
            assertEquals(new io.github.briefing.cache.Fingerprint().add(text.getBytes(StandardCharsets.UTF_8)).hex(),
                    fingerprint, "a file's fingerprint is its content's digest: " + path);
            assertTrue(files.put(path, text) == null, "written once: " + path);
        }, last);
        assertEquals(generated.size(), new TreeSet<>(generated).size(), "each generated once: " + generated);
        return new SearchFiles(files, fingerprints, written, new TreeSet<>(generated));
    }

    /** A script's value: what it assigns after {@code prefix}, up to the ";" that ends it. */
    static JsonNode value(String script, String prefix) throws Exception {
        assertTrue(script.startsWith(prefix) && script.endsWith(";\n"), "a script a <script> tag can load: "
                + script.substring(0, Math.min(80, script.length())));
        return JSON.readTree(script.substring(prefix.length(), script.length() - 2));
    }

    JsonNode head() throws Exception {
        return value(files.get(SearchParts.HEAD), "window.BRIEFING_SEARCH = ");
    }

    /** The index as briefing.js joins it from the head and its parts: {docs, terms, places}. */
    JsonNode joined() throws Exception {
        JsonNode head = head();
        ArrayNode docs = JSON.createArrayNode();
        ObjectNode terms = JSON.createObjectNode();
        for (int p = 0; p < head.path("docParts").size(); p++) {
            docs.addAll((ArrayNode) value(part(head.path("docParts").get(p).asText()), "window.BRIEFING_SEARCH.docs[" + p + "] = "));
        }
        for (int p = 0; p < head.path("termParts").size(); p++) {
            value(part(head.path("termParts").get(p).asText()), "window.BRIEFING_SEARCH.terms[" + p + "] = ")
                    .fields().forEachRemaining(t -> assertNull(terms.replace(t.getKey(), t.getValue()), t.getKey()));
        }
        ObjectNode joined = JSON.createObjectNode();
        joined.set("docs", docs);
        joined.set("terms", terms);
        joined.set("places", head.path("places"));
        return joined;
    }

    private static void assertNull(Object previous, String term) {
        assertTrue(previous == null, "a term in one part only: " + term);
    }

    /** The text of a part the head names ("search/terms-3.js?v=..."), relative to the head's folder. */
    private String part(String name) {
        String text = files.get("assets/" + name.substring(0, name.indexOf('?')));
        assertNotNull(text, "the head names a part that was written: " + name);
        return text;
    }
}

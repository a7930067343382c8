package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.describe.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The client-side search index, built in one pass over the articles: each word under its spelling-tolerant key
 * (so "Colombia" finds "Kolombia"), words of other scripts also as written, and each place under its country code
 * with the country's name in every language of the briefing. Written as a script that assigns a global, so that
 * the search page can load it with a script tag, which works from file:// where fetch() does not.
 *
 * <p>The same pass remembers how articles spelled each name key, so pages show "Guaidó" rather than "guaido".
 */
final class SearchIndex {

    static final String FILE = "assets/search-index.js";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<List<Object>> docs = new ArrayList<>();
    private final Map<String, TreeSet<Integer>> terms = new TreeMap<>();
    private final Map<String, String> placeNames = new TreeMap<>();
    private final Map<String, String> surfaces = new HashMap<>();

    SearchIndex(List<Article> articles, Map<String, Anchors> anchors, SiteIndex index, Words words) {
        Set<String> languages = new TreeSet<>(List.of("en"));
        Set<String> places = new TreeSet<>();
        for (Article a : articles) {
            int doc = docs.size();
            ArticleRef ref = index.ref(a.id());
            docs.add(java.util.Arrays.asList(ref.url(), ref.title(), ref.lang(), ref.date(), ref.dateInferred(), ref.outlet()));
            addText(a.titleDerived() ? "" : a.title(), doc, words);
            a.paragraphs().forEach(p -> addText(p, doc, words));
            if (a.outlet() != null) {
                addText(a.outlet(), doc, words);
            }
            Anchors an = anchors.get(a.id());
            if (an != null) {
                an.places().forEach(code -> terms.computeIfAbsent("@" + code, k -> new TreeSet<>()).add(doc));
                places.addAll(an.places());
            }
            if (a.lang() != null) {
                languages.add(a.lang());
            }
        }
        for (String code : places) {
            for (String lang : languages) {
                String name = new ULocale("", code).getDisplayCountry(new ULocale(lang));
                if (!name.isBlank() && !name.equals(code)) {
                    Words.of(name).forEach(w -> placeNames.putIfAbsent(searchTerm(w.text(), words), code));
                }
            }
        }
    }

    private void addText(String text, int doc, Words words) {
        for (Words.Word w : Words.of(text)) {
            String term = searchTerm(w.text(), words);
            if (!term.isEmpty()) {
                terms.computeIfAbsent(term, k -> new TreeSet<>()).add(doc);
            }
            String key = words.key(w.text());
            if (w.capitalised() && !key.isEmpty()) {
                surfaces.putIfAbsent(key, w.text());
            }
        }
    }

    /**
     * What the page looks a word up by: its key where the browser can compute it (briefing.js repeats the rule),
     * else the word as folded (other scripts, numbers).
     */
    private static String searchTerm(String word, Words words) {
        String folded = Words.folded(word);
        if (!Words.ascii(folded)) {
            return folded;
        }
        String key = words.key(folded);
        return key.isEmpty() ? folded : key;
    }

    /** How the articles spelled a name key; the key itself when no article capitalised it. */
    String surface(String key) {
        return surfaces.getOrDefault(key, key);
    }

    String script() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("docs", docs);
        root.put("terms", terms);
        root.put("places", placeNames);
        try {
            return "window.BRIEFING_SEARCH = " + JSON.writeValueAsString(root) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index could not be written", e);
        }
    }

    /** A country's name in English, for evidence lists. */
    static String placeName(String code) {
        String name = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}

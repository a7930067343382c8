package io.github.briefing.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one article adds to the search index: its distinct search terms, and the first spelling it capitalised for
 * each name key. Kept between builds as one line, so that an unchanged article is not read into words again.
 *
 * @param surfaces name key to spelling, in the order the article first used them
 */
record ArticleTerms(List<String> terms, Map<String, String> surfaces) {

    private static final char ITEM = '\u001f';
    private static final char PART = '\t';

    /** The terms as one line; null when a term holds a separator (words never do), so it is not kept. */
    String line() {
        StringBuilder line = new StringBuilder();
        terms.forEach(t -> line.append(t).append(ITEM));
        line.append(PART);
        surfaces.forEach((key, spelling) -> line.append(key).append(ITEM).append(spelling).append(ITEM));
        String text = line.toString();
        long separators = text.chars().filter(c -> c == ITEM || c == PART || c == '\n').count();
        return separators == terms.size() + 2L * surfaces.size() + 1 ? text : null;
    }

    /** The terms a {@link #line()} holds. */
    static ArticleTerms parse(String line) {
        int part = line.indexOf(PART);
        List<String> terms = items(line.substring(0, part));
        List<String> pairs = items(line.substring(part + 1));
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            surfaces.put(pairs.get(i), pairs.get(i + 1));
        }
        return new ArticleTerms(terms, surfaces);
    }

    private static List<String> items(String text) {
        return text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(String.valueOf(ITEM))));
    }
}

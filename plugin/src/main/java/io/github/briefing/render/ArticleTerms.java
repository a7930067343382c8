package io.github.briefing.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one article adds to the search index: its distinct search terms, the first spelling it capitalised for
 * each name key, and which capitalised words it wrote one after the other. Kept between builds as one line, so that
 * an unchanged article is not read into words again.
 *
 * @param surfaces  name key to spelling, in the order the article first used them
 * @param namePairs the name keys of two capitalised words written with one space between them ("Juan Guaidó"), as
 *                  the first key, a space and the second
 */
record ArticleTerms(List<String> terms, Map<String, String> surfaces, Set<String> namePairs) {

    private static final char ITEM = '\u001f';
    private static final char PART = '\t';

    /** The terms as one line; null when a term holds a separator (words never do), so it is not kept. */
    String line() {
        StringBuilder line = new StringBuilder();
        terms.forEach(t -> line.append(t).append(ITEM));
        line.append(PART);
        surfaces.forEach((key, spelling) -> line.append(key).append(ITEM).append(spelling).append(ITEM));
        line.append(PART);
        namePairs.forEach(pair -> line.append(pair).append(ITEM));
        String text = line.toString();
        long separators = text.chars().filter(c -> c == ITEM || c == PART || c == '\n').count();
        return separators == terms.size() + 2L * surfaces.size() + namePairs.size() + 2 ? text : null;
    }

    /** The terms a {@link #line()} holds. */
    static ArticleTerms parse(String line) {
        String[] parts = line.split(String.valueOf(PART), -1);
        List<String> spellings = items(parts[1]);
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (int i = 0; i + 1 < spellings.size(); i += 2) {
            surfaces.put(spellings.get(i), spellings.get(i + 1));
        }
        return new ArticleTerms(items(parts[0]), surfaces, new LinkedHashSet<>(items(parts[2])));
    }

    private static List<String> items(String text) {
        return text.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(text.split(String.valueOf(ITEM))));
    }
}

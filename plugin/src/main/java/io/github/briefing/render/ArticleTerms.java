package io.github.briefing.render;

import java.util.ArrayList;
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
        int spellingsFrom = line.indexOf(PART) + 1;
        int pairsFrom = line.indexOf(PART, spellingsFrom) + 1;
        List<String> spellings = items(line, spellingsFrom, pairsFrom - 1);
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (int i = 0; i + 1 < spellings.size(); i += 2) {
            surfaces.put(spellings.get(i), spellings.get(i + 1));
        }
        return new ArticleTerms(items(line, 0, spellingsFrom - 1), surfaces,
                new LinkedHashSet<>(items(line, pairsFrom, line.length())));
    }

    /** The items of a part, each ended by the separator: read by hand, as every article's line is read each build. */
    private static List<String> items(String line, int from, int to) {
        List<String> items = new ArrayList<>();
        for (int at = from; at < to; ) {
            int end = line.indexOf(ITEM, at);
            end = end < 0 || end > to ? to : end;
            items.add(line.substring(at, end));
            at = end + 1;
        }
        return items;
    }
}

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
 * an unchanged article is not read into words again; its terms as their {@link TermNumbers}, which a rebuild reads
 * back without looking a single term up.
 *
 * @param terms     the numbers of the article's terms, each once
 * @param surfaces  name key to spelling, in the order the article first used them
 * @param namePairs the name keys of two capitalised words written with one space between them ("Juan Guaidó"), as
 *                  the first key, a space and the second
 */
record ArticleTerms(int[] terms, Map<String, String> surfaces, Set<String> namePairs) {

    private static final char ITEM = '\u001f';
    private static final char PART = '\t';
    private static final int RADIX = Character.MAX_RADIX;

    /** The terms as one line; null when a spelling or name holds a separator (words never do), so it is not kept. */
    String line() {
        StringBuilder line = new StringBuilder();
        for (int term : terms) {
            line.append(Integer.toString(term, RADIX)).append(ITEM);
        }
        line.append(PART);
        surfaces.forEach((key, spelling) -> line.append(key).append(ITEM).append(spelling).append(ITEM));
        line.append(PART);
        namePairs.forEach(pair -> line.append(pair).append(ITEM));
        String text = line.toString();
        long separators = text.chars().filter(c -> c == ITEM || c == PART || c == '\n').count();
        return separators == terms.length + 2L * surfaces.size() + namePairs.size() + 2 ? text : null;
    }

    /** The terms a {@link #line()} holds; null when it is damaged or names a term beyond the {@code known} first. */
    static ArticleTerms parse(String line, int known) {
        int spellingsFrom = line.indexOf(PART) + 1;
        int pairsFrom = line.indexOf(PART, spellingsFrom) + 1;
        if (spellingsFrom == 0 || pairsFrom == 0) {
            return null;
        }
        int[] terms = numbers(line, spellingsFrom - 1, known);
        if (terms == null) {
            return null;
        }
        List<String> spellings = items(line, spellingsFrom, pairsFrom - 1);
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (int i = 0; i + 1 < spellings.size(); i += 2) {
            surfaces.put(spellings.get(i), spellings.get(i + 1));
        }
        return new ArticleTerms(terms, surfaces, new LinkedHashSet<>(items(line, pairsFrom, line.length())));
    }

    /** The same, its terms numbered as {@code renumbered} says. */
    ArticleTerms renumbered(int[] renumbered) {
        return new ArticleTerms(Arrays.stream(terms).map(term -> renumbered[term]).toArray(), surfaces, namePairs);
    }

    private static int[] numbers(String line, int to, int known) {
        int[] numbers = new int[count(line, to)];
        int at = 0;
        for (int i = 0; i < numbers.length; i++) {
            int end = line.indexOf(ITEM, at);
            try {
                numbers[i] = Integer.parseInt(line, at, end, RADIX);
            } catch (NumberFormatException damaged) {
                return null;
            }
            if (numbers[i] < 0 || numbers[i] >= known) {
                return null;
            }
            at = end + 1;
        }
        return numbers;
    }

    private static int count(String line, int to) {
        int count = 0;
        for (int at = line.indexOf(ITEM); at >= 0 && at < to; at = line.indexOf(ITEM, at + 1)) {
            count++;
        }
        return count;
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

package io.github.briefing.render;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What one article adds to the search index: its distinct search terms, the first spelling it capitalised for
 * each name key, and which capitalised words it wrote one after the other. Every word of it is a number of the
 * build's {@link TermNumbers}, so that it is kept between builds as one line of numbers, which a rebuild reads back
 * without looking a single word up; an unchanged article is not read into words again.
 *
 * @param terms     the article's terms, each once
 * @param surfaces  name key and spelling, two numbers each, in the order the article first used the keys
 * @param namePairs the name keys of two capitalised words written with one space between them ("Juan Guaidó"),
 *                  two numbers each, each pair once
 */
record ArticleTerms(int[] terms, int[] surfaces, int[] namePairs) {

    /** No words at all. */
    static final ArticleTerms NONE = new ArticleTerms(new int[0], new int[0], new int[0]);
    private static final char ITEM = ' ';
    private static final char PART = '|';
    private static final int RADIX = Character.MAX_RADIX;

    /**
     * The terms of a text read in parts, one after the other (a headline, a body, an outlet's name), as reading all
     * of them at once gives them: each term, name key and pair once, in the order they first came, and each key with
     * the spelling it first came with. So a body that several articles carry is read once for all of them.
     */
    static ArticleTerms joined(ArticleTerms... parts) {
        return new ArticleTerms(joined(parts, ArticleTerms::terms, 1, 1), joined(parts, ArticleTerms::surfaces, 2, 1),
                joined(parts, ArticleTerms::namePairs, 2, 2));
    }

    /**
     * The parts' items of {@code width} numbers each, in order, leaving out an item whose first {@code same}
     * numbers an earlier one had.
     */
    private static int[] joined(ArticleTerms[] parts, Function<ArticleTerms, int[]> items, int width, int same) {
        int total = 0;
        for (ArticleTerms part : parts) {
            total += items.apply(part).length;
        }
        int[] joined = new int[total];
        NumberSet seen = new NumberSet(total / width);
        int size = 0;
        for (ArticleTerms part : parts) {
            int[] numbers = items.apply(part);
            for (int at = 0; at < numbers.length; at += width) {
                long item = same == 1 ? numbers[at] : (long) numbers[at] << 32 | numbers[at + 1];
                if (seen.add(item)) {
                    System.arraycopy(numbers, at, joined, size, width);
                    size += width;
                }
            }
        }
        return size == total ? joined : Arrays.copyOf(joined, size);
    }

    /**
     * The terms as one line. Its characters are put straight into one array, each number as
     * {@code Integer.toString(number, RADIX)} writes it, without a string or a builder's checks for each: every
     * article's line is written in a full build, hundreds of numbers each.
     */
    String line() {
        // at most seven characters a number in base 36 ("-zik0zk"), a separator after each, and three part marks
        char[] line = new char[8 * (terms.length + surfaces.length + namePairs.length) + 3];
        int at = 0;
        for (int[] numbers : new int[][] {terms, surfaces, namePairs}) {
            line[at++] = PART;
            at = append(numbers, line, at);
        }
        return new String(line, 0, at);
    }

    /** Puts each number, and a separator after it, into {@code line} from {@code at} on; returns where they end. */
    private static int append(int[] numbers, char[] line, int at) {
        for (int number : numbers) {
            if (number < 0) {
                String written = Integer.toString(number, RADIX);
                written.getChars(0, written.length(), line, at);
                at += written.length();
            } else {
                int digits = 1;
                for (int rest = number / RADIX; rest > 0; rest /= RADIX) {
                    digits++;
                }
                at += digits;
                int rest = number;
                for (int d = at - 1; d >= at - digits; d--) {
                    line[d] = Character.forDigit(rest % RADIX, RADIX);
                    rest /= RADIX;
                }
            }
            line[at++] = ITEM;
        }
        return at;
    }

    /**
     * The terms a {@link #line()} holds; null when it is damaged or names a word beyond the {@code known} first,
     * which only the build that wrote it numbered.
     */
    static ArticleTerms parse(String line, int known) {
        int surfacesFrom = line.indexOf(PART, 1) + 1;
        int pairsFrom = surfacesFrom == 0 ? 0 : line.indexOf(PART, surfacesFrom) + 1;
        if (!line.startsWith(String.valueOf(PART)) || pairsFrom == 0) {
            return null;
        }
        int[] terms = numbers(line, 1, surfacesFrom - 1, known);
        int[] surfaces = numbers(line, surfacesFrom, pairsFrom - 1, known);
        int[] pairs = numbers(line, pairsFrom, line.length(), known);
        return terms == null || surfaces == null || pairs == null || surfaces.length % 2 != 0 || pairs.length % 2 != 0
                ? null : new ArticleTerms(terms, surfaces, pairs);
    }

    /** The same words, numbered as {@code renumbered} says. */
    ArticleTerms renumbered(int[] renumbered) {
        return new ArticleTerms(renumbered(terms, renumbered), renumbered(surfaces, renumbered),
                renumbered(namePairs, renumbered));
    }

    private static int[] renumbered(int[] numbers, int[] renumbered) {
        return Arrays.stream(numbers).map(number -> renumbered[number]).toArray();
    }

    /** The numbers between {@code from} and {@code to}, each ended by the separator; null when one is not a number. */
    private static int[] numbers(String line, int from, int to, int known) {
        int count = 0;
        for (int at = line.indexOf(ITEM, from); at >= 0 && at < to; at = line.indexOf(ITEM, at + 1)) {
            count++;
        }
        int[] numbers = new int[count];
        int at = from;
        for (int i = 0; i < count; i++) {
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
        return at == to ? numbers : null;
    }
}

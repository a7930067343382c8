package io.github.briefing.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * What a headline candidate is held against: the words of the body, of its lead (where a headline's words come back
 * first), the lead's letter trigrams (which also compare scripts written without spaces), the body's most frequent
 * words (what the article is about) and how many lines of the page around the body hold each word (menus and teasers
 * repeat theirs; the article's own words stand in the body and perhaps in a breadcrumb or window title).
 */
final class BodyWords {

    /** The lead, where a headline's words come back first. */
    private static final int LEAD_CHARS = 600;
    /** Shorter words are mostly function words, which every line shares. */
    private static final int MIN_WORD = 4;
    /** How many of the body's most frequent words make its topic. */
    private static final int TOPIC = 10;
    /** From this many topic words named a line is as much about the article as a line can be. */
    private static final int TOPIC_NAMED = 3;
    private static final int GRAM = 3;
    /** Lines outside the body that may repeat the article's own words: the headline's breadcrumb or window title. */
    private static final int OWN_ELSEWHERE = 1;
    private static final int LETTER_OR_NUMBER = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    private final Body body;
    /** How many lines outside the body hold each longer word. */
    private final Map<String, Tally> outside = new HashMap<>();
    /** The words of each line of the page, read once: the candidates are lines of the page, each asked five times. */
    private final Map<String, List<String>> wordsOfLine = new HashMap<>();

    /**
     * The words of lines {@code start} to {@code end} (exclusive), the body of the page, with what the body gives
     * taken from {@code bodies} ({@link Body#of}, or a memo of it: a wire copy's body is its original's).
     */
    BodyWords(List<String> lines, int start, int end, Function<List<String>, Body> bodies) {
        int bodyEnd = Math.min(end, lines.size());
        this.body = bodies.apply(start < bodyEnd ? List.copyOf(lines.subList(start, bodyEnd)) : List.of());
        for (int i = 0; i < lines.size(); i++) {
            if (i < start || i >= end) {
                // Not kept by line: most lines outside the body are no candidate, and are not asked again.
                int line = i;
                forEachWord(lines.get(i), word -> outside.computeIfAbsent(word, w -> new Tally()).add(line, false));
            }
        }
    }

    /**
     * What a body's lines give, in a compact form that a memo can keep for many bodies: the body's longer words, each
     * once, in order ({@link String#compareTo}) and joined into one text ({@code ends}: where each ends), each with
     * its marks (on two lines or more, in the lead, in the topic), and the lead's letter trigrams.
     */
    record Body(String joined, int[] ends, byte[] marks, long[] leadGrams) {

        private static final byte TWICE = 1;
        private static final byte LEAD = 2;
        private static final byte TOPIC = 4;

        static Body of(List<String> lines) {
            // One look-up per occurrence, in one map: two maps of boxed counts, a set of each line's words and a set
            // of the lead's cost three or four.
            Map<String, Tally> tallies = new HashMap<>();
            long[] leadGrams = new long[0];
            int gramCount = 0;
            int leadChars = 0;
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                boolean inLead = leadChars < LEAD_CHARS;
                for (String word : words(line)) {
                    Tally tally = tallies.get(word);
                    if (tally == null) {
                        tally = new Tally();
                        tallies.put(word, tally);
                    }
                    tally.add(l, inLead);
                }
                if (inLead) {
                    // The lead's grams are sorted once, all together.
                    String low = line.toLowerCase(Locale.ROOT);
                    leadGrams = Arrays.copyOf(leadGrams, gramCount + Math.max(0, low.length() - GRAM + 1));
                    gramCount = grams(low, leadGrams, gramCount);
                    leadChars += line.length();
                }
            }
            Set<String> topic = new HashSet<>(mostFrequent(tallies, tally -> tally.count));
            String[] sorted = tallies.keySet().toArray(String[]::new);
            Arrays.sort(sorted);
            int[] ends = new int[sorted.length];
            byte[] marks = new byte[sorted.length];
            StringBuilder joined = new StringBuilder();
            for (int k = 0; k < sorted.length; k++) {
                String word = sorted[k];
                joined.append(word);
                ends[k] = joined.length();
                Tally tally = tallies.get(word);
                marks[k] = (byte) ((tally.lines >= 2 ? TWICE : 0) | (tally.inLead ? LEAD : 0)
                        | (topic.contains(word) ? TOPIC : 0));
            }
            return new Body(joined.toString(), ends, marks, sortedOnce(leadGrams, gramCount));
        }

        /** The estimated bytes of memory a body and its lines (a memo's key) take. */
        static long cost(List<String> lines, Body body) {
            long chars = 0;
            for (String line : lines) {
                chars += line.length();
            }
            return 200 + 2 * (chars + body.joined.length()) + 56L * lines.size() + 5L * body.ends.length
                    + 8L * body.leadGrams.length;
        }

        /** Whether the body holds the word. */
        boolean holds(String word) {
            return find(word) >= 0;
        }

        /** Whether the word stands in the body, on at least {@code lines} (1 or 2) of its lines. */
        boolean onLines(String word, int lines) {
            int k = find(word);
            return k >= 0 && (lines < 2 || (marks[k] & TWICE) != 0);
        }

        boolean inLead(String word) {
            int k = find(word);
            return k >= 0 && (marks[k] & LEAD) != 0;
        }

        boolean inTopic(String word) {
            int k = find(word);
            return k >= 0 && (marks[k] & TOPIC) != 0;
        }

        /** The word's index, by binary search over the joined words, or -1. */
        private int find(String word) {
            int low = 0;
            int high = ends.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                int c = compare(mid == 0 ? 0 : ends[mid - 1], ends[mid], word);
                if (c < 0) {
                    low = mid + 1;
                } else if (c > 0) {
                    high = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        /** The joined words from {@code from} to {@code to} against {@code word}, as {@link String#compareTo}. */
        private int compare(int from, int to, String word) {
            int n = Math.min(to - from, word.length());
            for (int k = 0; k < n; k++) {
                int d = joined.charAt(from + k) - word.charAt(k);
                if (d != 0) {
                    return d;
                }
            }
            return to - from - word.length();
        }
    }

    /**
     * A word of a body (or of the lines outside it): how often it stands there, on how many lines, and whether in the
     * lead.
     */
    private static final class Tally {

        private int count;
        private int lines;
        private int lastLine = -1;
        private boolean inLead;

        void add(int line, boolean lead) {
            count++;
            if (line != lastLine) {
                lines++;
                lastLine = line;
            }
            inLead |= lead;
        }
    }

    /** The share of the line's longer words found in the body. */
    double inBody(String line) {
        return share(wordsOf(line), body::holds);
    }

    /** The share of the line's longer words found in the lead. */
    double inLead(String line) {
        return share(wordsOf(line), body::inLead);
    }

    /**
     * The share of the line's longer words that are the article's own: found in the body and on at most
     * {@value #OWN_ELSEWHERE} other line outside it (a breadcrumb's last step, a window title), where a menu's or a
     * teaser's words recur on many. {@code outsideBody} when the line itself stands outside the body (counted there);
     * a line of the body holds its own words, so there they count only where another line of the body holds them too.
     */
    double ownWords(String line, boolean outsideBody) {
        List<String> own = wordsOf(line);
        int elsewhere = OWN_ELSEWHERE + (outsideBody ? 1 : 0);
        int inBodyLines = outsideBody ? 1 : 2;
        int found = 0;
        for (String word : own) {
            Tally lines = outside.get(word);
            found += body.onLines(word, inBodyLines) && (lines == null ? 0 : lines.lines) <= elsewhere ? 1 : 0;
        }
        return own.isEmpty() ? 0 : (double) found / own.size();
    }

    /** The share of the line's letter trigrams found in the lead: its phrases, in any script. */
    double leadPhrases(String line) {
        long[] own = grams(line);
        long[] lead = body.leadGrams();
        int found = 0;
        for (long gram : own) {
            found += Arrays.binarySearch(lead, gram) >= 0 ? 1 : 0;
        }
        return own.length == 0 ? 0 : (double) found / own.length;
    }

    /** How many of the body's most frequent words the line names, as a share of {@link #TOPIC_NAMED}. */
    double topicNamed(String line) {
        return (double) Math.min(count(wordsOf(line), body::inTopic), TOPIC_NAMED) / TOPIC_NAMED;
    }

    private static double share(List<String> own, Predicate<String> in) {
        return own.isEmpty() ? 0 : (double) count(own, in) / own.size();
    }

    private static int count(List<String> words, Predicate<String> in) {
        int count = 0;
        for (String word : words) {
            count += in.test(word) ? 1 : 0;
        }
        return count;
    }

    private List<String> wordsOf(String line) {
        return wordsOfLine.computeIfAbsent(line, BodyWords::words);
    }

    /** The line's longer words (runs of word characters, {@link WordRuns}), lower-cased, in order. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        forEachWord(line, out::add);
        return out;
    }

    /** Tells {@code each} of the line's longer words, lower-cased, in order. */
    private static void forEachWord(String line, Consumer<String> each) {
        WordRuns.forEach(line, (start, end) -> {
            if (end - start >= MIN_WORD) {
                each.accept(line.substring(start, end).toLowerCase(Locale.ROOT));
            }
        });
    }

    /**
     * Three letters or digits in a row within a word, lower-cased, each as the number its three characters make (a
     * gram is compared, never read), sorted and each once.
     */
    private static long[] grams(String line) {
        String low = line.toLowerCase(Locale.ROOT);
        long[] grams = new long[Math.max(0, low.length() - GRAM + 1)];
        return sortedOnce(grams, grams(low, grams, 0));
    }

    /**
     * Writes the grams of a lower-cased line (as {@link #grams(String)} finds them, unsorted) into {@code grams} from
     * {@code at} on, which has room for one per character of {@code low}; returns where they end.
     */
    private static int grams(String low, long[] grams, int at) {
        int count = at;
        int i = 0;
        while (i < low.length()) {
            int start = i;
            while (i < low.length() && isLetterOrNumber(low.codePointAt(i))) {
                i += Character.charCount(low.codePointAt(i));
            }
            for (int k = start; k + GRAM <= i; k++) {
                grams[count++] = (long) low.charAt(k) << 32 | (long) low.charAt(k + 1) << 16 | low.charAt(k + 2);
            }
            if (i == start) {
                i += Character.charCount(low.codePointAt(i));
            }
        }
        return count;
    }

    /**
     * The {@value #TOPIC} words counted most (on a tie, the first in alphabetical order), found in one pass that
     * keeps the best so far: sorting all of a body's words cost a tenth of the headline search.
     */
    static <T> List<String> mostFrequent(Map<String, T> words, ToIntFunction<T> count) {
        Comparator<Map.Entry<String, T>> better = Comparator.<Map.Entry<String, T>>comparingInt(
                word -> count.applyAsInt(word.getValue())).reversed().thenComparing(Map.Entry.comparingByKey());
        // The worst of the best at the head, to be replaced by a better word.
        PriorityQueue<Map.Entry<String, T>> best = new PriorityQueue<>(TOPIC + 1, better.reversed());
        for (Map.Entry<String, T> word : words.entrySet()) {
            if (best.size() < TOPIC) {
                best.add(word);
            } else if (better.compare(word, best.peek()) < 0) {
                best.poll();
                best.add(word);
            }
        }
        return best.stream().map(Map.Entry::getKey).toList();
    }

    /**
     * The first {@code count} numbers sorted, each once (in place). A stream's {@code distinct} boxes every number
     * into a set, which cost more than finding the grams.
     */
    private static long[] sortedOnce(long[] numbers, int count) {
        Arrays.sort(numbers, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept == 0 || numbers[i] != numbers[kept - 1]) {
                numbers[kept++] = numbers[i];
            }
        }
        return Arrays.copyOf(numbers, kept);
    }

    /** What {@code \p{L}} or {@code \p{N}} matches: a letter or a number of any kind. */
    private static boolean isLetterOrNumber(int c) {
        return (LETTER_OR_NUMBER >> Character.getType(c) & 1) != 0;
    }
}

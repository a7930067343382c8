package io.github.briefing.clean;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What texts bring to the corpus's line counts ({@link SharedLines.Lines#of}), worked out line by line and kept per
 * line for the lines met lately. A wire copy repeats its original's lines under a headline, byline or outlet line of
 * its own, so only the lines it does not share are keyed and split into sentences again. Each line's keys and
 * sentences are its own (a line is keyed, and its sentences are found, within the line), so the text's are the union
 * of its lines': equal to {@link SharedLines.Lines#of} of the whole text. Safe to share between threads.
 */
public final class CountedLines {

    /**
     * Lines kept at most: a copy finds most of its original's lines when the slots are several times the distinct
     * lines read in between (about 170,000 for the bench's copies, 4,066 articles apart); the array costs 4 MB.
     */
    private static final int SLOTS = 1 << 20;
    /** At most this many bytes of kept lines, by {@link #cost}. */
    private static final long BUDGET = 64L << 20;
    /** Longer lines are paragraphs long enough to be met once: reading one costs little next to its copy's key. */
    private static final int MAX_KEPT = 2000;
    /** A kept line's objects besides its characters and hashes: the entry, the line's counts, their key set. */
    private static final int OVERHEAD = 160;

    private final BoundedMemo<String, SharedLines.Lines> kept = new BoundedMemo<>(SLOTS, BUDGET, CountedLines::cost);

    /** {@link SharedLines.Lines#of} of the text. */
    public SharedLines.Lines of(String text) {
        Set<String> keys = new HashSet<>();
        long[] hashes = new long[16];
        int size = 0;
        for (int from = 0, to; from < text.length(); from = to + 1) {
            to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            if (to == from) {
                continue; // an empty line has no key and no sentence
            }
            String line = text.substring(from, to);
            SharedLines.Lines counted = line.length() <= MAX_KEPT ? kept.get(line, CountedLines::line)
                    : SharedLines.Lines.of(line);
            keys.addAll(counted.keys());
            long[] more = counted.sentences();
            if (size + more.length > hashes.length) {
                hashes = Arrays.copyOf(hashes, Math.max(hashes.length * 2, size + more.length));
            }
            System.arraycopy(more, 0, hashes, size, more.length);
            size += more.length;
        }
        return new SharedLines.Lines(keys, distinct(hashes, size));
    }

    /** One line's counts, in the least memory: most lines have no key or one, and a sentence or two. */
    private static SharedLines.Lines line(String line) {
        SharedLines.Lines counted = SharedLines.Lines.of(line);
        return new SharedLines.Lines(Set.copyOf(counted.keys()), counted.sentences());
    }

    /** The first {@code size} hashes, sorted, each once (as {@link SharedLines.Lines#sentences} holds them). */
    private static long[] distinct(long[] hashes, int size) {
        return Arrays.stream(hashes, 0, size).sorted().distinct().toArray();
    }

    /** A line and its key at two bytes a character (at worst), its hashes, and the objects around them. */
    private static long cost(String line, SharedLines.Lines counted) {
        return OVERHEAD + 4L * line.length() + 8L * counted.sentences().length;
    }
}

package io.github.briefing.clean;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The facts of the lines one cleaner has met ({@link LineFacts}), kept for as long as the cleaner is used: a wire
 * copy repeats its original's lines thousands of articles later, well after {@link LineFacts}' own memo (a few pages'
 * worth of lines, kept for the whole run) has given their slots to other lines, and working out each copy's line
 * facts again was a quarter of the clean stage on copies. A line found here goes back into {@link LineFacts}' memo, where
 * the cleaner's helpers look the page's lines up by identity.
 * <p>
 * Bounded twice: a line goes to the slot of its hash and takes the place of the line there (as in {@link LineFacts}),
 * and a line is kept only while the estimated memory of all kept lines stays within {@value #BUDGET} bytes (lines and
 * their keys at two bytes a character, and the objects around them), so that a corpus of many distinct long lines
 * cannot fill the heap. Several threads may share one: a slot changes only by a compare-and-set, which keeps the
 * estimate exact.
 */
final class LineMemo {

    /**
     * Enough slots for a copy to find most of its original's lines some 170,000 lines later (the bench's copies stand
     * 4,066 articles apart): a line keeps its slot until a line of the same slot comes, so the slots must be several
     * times the distinct lines in between.
     */
    private static final int SLOTS = 1 << 18;
    /** At most this many bytes of kept lines, by {@link #cost}: the bench's 100,000 articles' lines take 44 MB. */
    static final long BUDGET = 64L << 20;
    /** A kept line's objects besides its characters: the facts, their pairs, the line's and its key's strings and arrays. */
    private static final int OVERHEAD = 160;

    private final AtomicReferenceArray<LineFacts> slots = new AtomicReferenceArray<>(SLOTS);
    private final AtomicLong kept = new AtomicLong();

    /** The facts of a stripped line, kept from an earlier page when this memo or {@link LineFacts}' holds them. */
    LineFacts of(String line) {
        LineFacts facts = LineFacts.kept(line);
        if (facts != null) {
            return facts;
        }
        int hash = line.hashCode();
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        LineFacts old = slots.get(slot);
        if (old != null && old.line().equals(line)) {
            return LineFacts.keep(old);
        }
        facts = LineFacts.keep(new LineFacts(line));
        if (line.length() <= LineFacts.MAX_KEPT) {
            long more = cost(line) - (old == null ? 0 : cost(old.line()));
            if (kept.get() + more <= BUDGET && slots.compareAndSet(slot, old, facts)) {
                kept.addAndGet(more);
            }
        }
        return facts;
    }

    /** The estimated bytes of memory the kept lines take. */
    long kept() {
        return kept.get();
    }

    private static long cost(String line) {
        return OVERHEAD + 4L * line.length();
    }
}

package io.github.briefing.clean;

/**
 * The facts of the lines one cleaner has met ({@link LineFacts}), kept for as long as the cleaner is used: a wire
 * copy repeats its original's lines thousands of articles later, well after {@link LineFacts}' own memo (a few pages'
 * worth of lines, kept for the whole run) has given their slots to other lines, and working out each copy's line facts
 * again was a quarter of the clean stage on copies. A line found here goes back into {@link LineFacts}' memo, where
 * the cleaner's helpers look the page's lines up by identity.
 */
final class LineMemo {

    /**
     * Enough slots for a copy to find most of its original's lines some 170,000 lines later (the bench's copies stand
     * 4,066 articles apart): a line keeps its slot until a line of the same slot comes, so the slots must be several
     * times the distinct lines in between (at 2^18 slots, 4,066 articles apart, copies missed half their lines; at
     * 2^20 about one in eight by the odds of a slot taken in between, and the copies' clean stage at 30,000 took 4%
     * more). The array costs 8 MB; what the lines hold is bounded by {@link #BUDGET}.
     */
    private static final int SLOTS = 1 << 21;
    /** At most this many bytes of kept lines, by {@link #cost}: the bench's 100,000 articles' lines take 44 MB. */
    static final long BUDGET = 64L << 20;
    /**
     * A kept line's objects besides its characters: the facts, their pairs, the line's and its key's strings, and what
     * the headline search makes of it (two numbers, and a candidate's {@link Headlines.Shape}).
     */
    private static final int OVERHEAD = 264;

    private final BoundedMemo<String, LineFacts> kept = new BoundedMemo<>(SLOTS, BUDGET, LineMemo::cost);

    /** The facts of a stripped line, kept from an earlier page when this memo or {@link LineFacts}' holds them. */
    LineFacts of(String line) {
        LineFacts facts = LineFacts.kept(line);
        if (facts != null) {
            return facts;
        }
        return LineFacts.keep(line.length() <= LineFacts.MAX_KEPT ? kept.get(line, LineFacts::new)
                : new LineFacts(line));
    }

    /** The estimated bytes of memory the kept lines take. */
    long kept() {
        return kept.kept();
    }

    /** Lines and their keys at two bytes a character (at worst), and the objects around them. */
    private static long cost(String line, LineFacts facts) {
        return OVERHEAD + 4L * line.length();
    }
}

package io.github.briefing.read;

import java.time.Duration;

/**
 * Text that stops a parser reading it once its time is up. flexmark's link-label pattern backtracks without end on a
 * '[' followed by a long run of backslash escapes (a 150-byte file kept it busy for hours); a regular expression cannot
 * be interrupted, but it reads its input through {@link #charAt}, which can give up.
 */
final class ParseDeadline implements CharSequence {

    /** Thrown from {@link #charAt} once the time is up. */
    static final class Expired extends RuntimeException {
        Expired() {
            super(null, null, false, false);
        }
    }

    /** How often the clock is read, in characters read: often enough to stop within milliseconds, rarely enough to cost nothing. */
    private static final int CHECK_EVERY = 1 << 16;

    private final CharSequence text;
    private final long endNanos;
    private int reads;

    private ParseDeadline(CharSequence text, long endNanos) {
        this.text = text;
        this.endNanos = endNanos;
    }

    /** The text, readable for the given time from now. */
    static ParseDeadline of(CharSequence text, Duration budget) {
        return new ParseDeadline(text, System.nanoTime() + budget.toNanos());
    }

    /** Time for a file of this many characters: generous, since a well-formed file parses in well under a second per megabyte. */
    static Duration budgetFor(int length) {
        return Duration.ofSeconds(10 + length / 500_000L);
    }

    @Override
    public char charAt(int index) {
        if (++reads % CHECK_EVERY == 0 && System.nanoTime() > endNanos) {
            throw new Expired();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new ParseDeadline(text.subSequence(start, end), endNanos);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}

package io.github.briefing.clean;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * Lists of teasers: a page prints the headlines of other articles as records of one shape, one after another (a
 * title and its date, a label, a title and its date, a title and its author, or titles alone of about the same
 * length). An article's header block is a record of its own: its kicker, headline and standfirst differ in length,
 * and no like record follows.
 */
final class TeaserLists {

    /** Longest record looked for: a section label, a title and its date. */
    private static final int MAX_PERIOD = 3;
    /** Like records in a row that make a list; titles alone need one more (a kicker, headline and standfirst). */
    private static final int RECORDS = 3;
    /** Lines of at most this many words are labels and names (a section, an author), alike with each other. */
    private static final int LABEL_WORDS = 2;

    private enum Kind { PROSE, METADATA, LABEL, TITLE, OTHER }

    private final List<String> lines;
    private final IntPredicate titleLike;
    private final Kind[] kinds;
    private final int[] words;

    /** {@code titleLike} says whether a line of the page may be a headline. */
    TeaserLists(List<String> lines, IntPredicate titleLike) {
        this.lines = lines;
        this.titleLike = titleLike;
        this.kinds = new Kind[lines.size()];
        this.words = new int[lines.size()];
    }

    /**
     * Whether title-like line {@code at} stands in a list: {@value #RECORDS} or more like records in a row (one more
     * of titles alone), records of one to {@value #MAX_PERIOD} lines whose lines are of the same kinds (running text,
     * a date or byline, a title-like line, another line) as the lines of {@code at}'s record, title-like lines alike
     * in length.
     */
    boolean inList(int at) {
        for (int period = 1; period <= MAX_PERIOD; period++) {
            int needed = period == 1 ? RECORDS + 1 : RECORDS;
            for (int offset = 0; offset < period; offset++) {
                int start = at - offset;
                if (start < 0 || start + period > lines.size()) {
                    continue;
                }
                int count = 1;
                for (int k = 1; count < needed && alike(start, start - k * period, period); k++) {
                    count++;
                }
                for (int k = 1; count < needed && alike(start, start + k * period, period); k++) {
                    count++;
                }
                if (count >= needed) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean alike(int record, int other, int period) {
        if (other < 0 || other + period > lines.size()) {
            return false;
        }
        for (int j = 0; j < period; j++) {
            Kind kind = kind(record + j);
            if (kind != kind(other + j)) {
                return false;
            }
            // Another story's title differs; the same title again is the page repeating one record (an author's box).
            if (kind == Kind.TITLE && (!alikeInLength(words[record + j], words[other + j])
                    || lines.get(record + j).equals(lines.get(other + j)))) {
                return false;
            }
        }
        return true;
    }

    /** At most twice as many words as the other. */
    private static boolean alikeInLength(int a, int b) {
        return Math.max(a, b) <= 2 * Math.min(a, b);
    }

    /**
     * Running text, a date or byline, a label or name (a title-like line of {@value #LABEL_WORDS} words or fewer), a
     * title-like line, another line.
     */
    private Kind kind(int i) {
        if (kinds[i] == null) {
            LineFacts line = LineFacts.of(lines.get(i));
            words[i] = line.words();
            kinds[i] = line.prose() ? Kind.PROSE : line.metadata() ? Kind.METADATA
                    : !titleLike.test(i) ? Kind.OTHER : words[i] <= LABEL_WORDS ? Kind.LABEL : Kind.TITLE;
        }
        return kinds[i];
    }
}

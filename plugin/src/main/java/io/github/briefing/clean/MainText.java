package io.github.briefing.clean;

import java.util.List;

/**
 * Where the article's own text stands on a scraped page: the run of lines whose running text outweighs the short
 * lines around it. Menus, teaser lists and footers are many short lines in a row; a body is long lines with a few
 * headings between them. Each line scores its length when it reads as prose and a cost otherwise; the best-scoring
 * run (maximum subarray) is the main text.
 */
final class MainText {

    /** A short line costs a little, so a heading between paragraphs does not split the body but a menu does. */
    private static final int SHORT_LINE_COST = 20;
    private static final int ISOLATED_SHARE = 3;
    private static final int STAMP_COST = 120;
    /** Time stamps inside the main text that make it an article followed by a thread. */
    private static final int THREAD_STAMPS = 2;
    /** A list closing the text has at least this many numbered lines, and no more than two plain lines in a row. */
    private static final int LIST_ITEMS = 3;
    private static final int LIST_GAP = 3;
    /** A short sentence ("Police made no arrests.") is still text, worth less than a paragraph. */
    private static final int SHORT_SENTENCE = 6;

    /** First and last line (exclusive) of the main text. */
    record Span(int start, int end) {
        boolean isEmpty() {
            return end <= start;
        }

        boolean contains(int line) {
            return line >= start && line < end;
        }
    }

    private MainText() {
    }

    /** The best run of lines, given each line's {@link #score}. */
    static Span find(long[] lineScores) {
        long[] scores = lineScores.clone();
        for (int i = 0; i < scores.length; i++) {
            boolean alone = (i == 0 || scores[i - 1] <= 0) && (i + 1 == scores.length || scores[i + 1] <= 0);
            if (scores[i] > 0 && alone) {
                // A paragraph alone among short lines is a teaser's blurb or a comment, seldom the article.
                scores[i] /= ISOLATED_SHARE;
            }
        }
        int bestStart = 0;
        int bestEnd = 0;
        long best = 0;
        long sum = 0;
        int start = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += scores[i];
            if (sum <= 0) {
                sum = 0;
                start = i + 1;
            } else if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return new Span(bestStart, bestEnd);
    }

    /** What the lines of a span add up to. */
    static long sum(Span span, long[] scores) {
        long sum = 0;
        for (int i = span.start(); i < span.end(); i++) {
            sum += scores[i];
        }
        return sum;
    }

    /**
     * The main text without a thread that follows it: two or more time-stamped lines inside the run are comments or
     * teasers, each stamp opening one, and the article ends at the first of them.
     */
    static Span beforeThread(Span span, List<String> lines) {
        int first = -1;
        int stamps = 0;
        for (int i = span.start() + 1; i < span.end(); i++) {
            LineFacts line = LineFacts.of(lines.get(i));
            if (!line.prose() && line.dateOrTime()) {
                first = first < 0 ? i : first;
                stamps++;
            }
        }
        return stamps >= THREAD_STAMPS ? new Span(span.start(), first) : span;
    }

    /**
     * The main text with the list or table that closes it: short lines after the last paragraph, most of them with
     * a number (dates of a tour, rows of standings, quantities of a recipe), up to the first boilerplate line or
     * time stamp (a comment, a video's length). Menus after an article are names without numbers.
     */
    static Span withTrailingList(Span span, List<String> lines, boolean[] boilerplate) {
        int last = -1;
        int numbered = 0;
        int plain = 0;
        for (int i = span.end(); i < lines.size() && !boilerplate[i] && plain < LIST_GAP
                && !LineFacts.of(lines.get(i)).dateOrTime(); i++) {
            if (LineFeatures.hasDigit(lines.get(i))) {
                numbered++;
                plain = 0;
                last = i;
            } else {
                plain++;
            }
        }
        return numbered >= LIST_ITEMS && numbered * 2 >= last + 1 - span.end() ? new Span(span.start(), last + 1) : span;
    }

    /**
     * What line i adds to the run it stands in; {@code boilerplate} is what the page and corpus say of it. A long
     * sentence without its stop costs no more than a short line when it stands alone: between paragraphs it is text
     * that lost its stop, and must not cut the text in two; a list of teasers is many such lines in a row.
     */
    static long score(List<String> lines, int i, boolean boilerplate) {
        boolean unfinished = !boilerplate && LineFacts.of(lines.get(i)).unfinished();
        if (unfinished && !(i > 0 && LineFacts.of(lines.get(i - 1)).unfinished())
                && !(i + 1 < lines.size() && LineFacts.of(lines.get(i + 1)).unfinished())) {
            return -SHORT_LINE_COST;
        }
        return score(lines.get(i), boilerplate);
    }

    /** What a line adds to the run it stands in, by itself. */
    static long score(String line, boolean boilerplate) {
        int length = line.length();
        if (boilerplate) {
            return -(SHORT_LINE_COST + length);
        }
        LineFacts facts = LineFacts.of(line);
        if (facts.prose()) {
            return length;
        }
        if (facts.hasWords(SHORT_SENTENCE) && facts.sentenceEnd()) {
            return length / 2;
        }
        if (facts.dateOrTime()) {
            // A time stamp inside the text starts another unit: a comment, a teaser, the next article.
            return -STAMP_COST;
        }
        return -(SHORT_LINE_COST + length / 4);
    }
}

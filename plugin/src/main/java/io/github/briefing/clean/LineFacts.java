package io.github.briefing.clean;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a line's text alone says of it ({@link LineFeatures}, {@link LineKey}, {@link Credits}), each fact worked out
 * once, when first asked, and kept with the line. The cleaner asks the same line the same questions many times
 * (whether it is prose is asked by the boilerplate test, the main-text score, the headline search and the body loop),
 * and a corpus repeats its lines across articles (menus, footers, wire copies), so a memo keeps the facts of the
 * lines met lately: recomputing the regular expressions and scans each time was most of the clean stage's cost. Facts
 * that depend on the page or the corpus (repeats, template lines) are not kept here.
 * <p>
 * Facts are computed on first use, not all at once: most lines are asked only a few of them (whether a line is a
 * closing credit is asked only past the middle of the body). Several threads may ask one line: each fact is a pure
 * function of the line, so a thread that misses what another has just found only computes it again.
 */
final class LineFacts {

    /** The facts kept, each by the test that finds it. */
    private enum Fact {
        PROSE(ofLine(LineFeatures::isProse)),
        SENTENCE_END(ofLine(LineFeatures::endsLikeSentence)),
        // Tests made of other facts take them kept: whether a line is prose or credited was found twice.
        UNFINISHED(facts -> LineFeatures.isLongUnfinishedSentence(facts.line, facts::prose)),
        DATE_OR_TIME(ofLine(LineFeatures::hasDateOrTime)),
        TEASER_HEADING(ofLine(LineFeatures::isTeaserHeading)),
        FURNITURE(ofLine(line -> LineFeatures.isPrompt(line) || LineFeatures.isBreadcrumb(line)
                || LineFeatures.isDecoration(line))),
        BYLINE(ofLine(LineFeatures::isByline)),
        METADATA(ofLine(LineFeatures::isMetadata)),
        CAPTION(facts -> LineFeatures.isCaption(facts.line, facts::credited)),
        CREDITED(ofLine(LineFeatures::isCredited)),
        CREDIT(ofLine(Credits::isCredit));

        private final Predicate<LineFacts> test;

        Fact(Predicate<LineFacts> test) {
            this.test = test;
        }

        /** A test of the line's text alone. */
        private static Predicate<LineFacts> ofLine(Predicate<String> test) {
            return facts -> test.test(facts.line);
        }
    }

    /**
     * Slots of the memo: a line goes to the slot of its hash and takes the place of the line there. Bounded by
     * construction, with no bookkeeping per call and no lock; the lines a corpus repeats most come back to their slot
     * at once.
     */
    private static final int SLOTS = 1 << 15;
    /**
     * Longer lines are not kept (here nor in a {@link LineMemo}), which bounds the memo's memory (a slot holds at most
     * the line and its key, some 70 MB for all slots at worst, about 10 MB for lines as news pages print them): they
     * are rare (under 2% of a corpus's lines), seldom repeated, and their facts are still kept for the article by the
     * cleaner's layout of its page.
     */
    static final int MAX_KEPT = 500;
    private static final LineFacts[] KEPT = new LineFacts[SLOTS];
    private static final int UNKNOWN = -1;

    private final String line;
    private String key;
    private int words = UNKNOWN;
    /** Bit 2i says whether the fact of ordinal i is known, bit 2i+1 its value. */
    private int known;
    private Pairs pairs;
    /** {@link Headlines#looks}, without and with a line of one word let through; null until asked. */
    private Double looks;
    private Double oneWordLooks;
    /** The {@link LineKey} of the line without a leading date, what the corpus's template lines are counted by. */
    private String undatedKey;
    /** {@link Headlines.Shape}; null until asked (of headline candidates only). */
    private Headlines.Shape shape;

    /**
     * The character pairs a line holds, as {@link Echoes#pairMask} sets them, in the line as printed and folded to
     * lower case: {@link Echoes} compares every line of a page with the candidate headlines by them. Final fields, so
     * that a thread that finds them kept by another sees them whole.
     */
    record Pairs(long low, long high, long foldedLow, long foldedHigh) {
    }

    LineFacts(String line) {
        this.line = line;
    }

    /** The facts of a stripped line, from the memo when it holds them. */
    static LineFacts of(String line) {
        LineFacts kept = kept(line);
        return kept != null ? kept : keep(new LineFacts(line));
    }

    /** The facts the memo holds for a stripped line, or null. */
    static LineFacts kept(String line) {
        LineFacts kept = KEPT[slot(line)];
        return kept != null && kept.line.equals(line) ? kept : null;
    }

    /** Puts the facts in the memo (unless the line is too long to keep) and returns them. */
    static LineFacts keep(LineFacts facts) {
        if (facts.line.length() <= MAX_KEPT) {
            KEPT[slot(facts.line)] = facts;
        }
        return facts;
    }

    private static int slot(String line) {
        int hash = line.hashCode();
        return (hash ^ hash >>> 16) & (SLOTS - 1);
    }

    /** The line, as the memo keeps it: the same text, and one copy of it for every page that prints it. */
    String line() {
        return line;
    }

    /** The line's {@link LineKey}. */
    String key() {
        String k = key;
        if (k == null) {
            k = LineKey.of(line);
            key = k;
        }
        return k;
    }

    /** The line's words, as {@link LineFeatures#words} counts them. */
    int words() {
        int w = words;
        if (w == UNKNOWN) {
            w = LineFeatures.words(line);
            words = w;
        }
        return w;
    }

    /** Whether the line has at least {@code least} words ({@link LineFeatures#hasWords}). */
    boolean hasWords(int least) {
        return words() >= least;
    }

    /** {@link LineFeatures#isProse} */
    boolean prose() {
        return is(Fact.PROSE);
    }

    /** {@link LineFeatures#endsLikeSentence} */
    boolean sentenceEnd() {
        return is(Fact.SENTENCE_END);
    }

    /** {@link LineFeatures#isLongUnfinishedSentence} */
    boolean unfinished() {
        return is(Fact.UNFINISHED);
    }

    /** {@link LineFeatures#hasDateOrTime} */
    boolean dateOrTime() {
        return is(Fact.DATE_OR_TIME);
    }

    /** {@link LineFeatures#isTeaserHeading} */
    boolean teaserHeading() {
        return is(Fact.TEASER_HEADING);
    }

    /** A call to action, a breadcrumb or a line of mere punctuation: the page's, never the article's. */
    boolean furniture() {
        return is(Fact.FURNITURE);
    }

    /** {@link LineFeatures#isByline} */
    boolean byline() {
        return is(Fact.BYLINE);
    }

    /** {@link LineFeatures#isMetadata} */
    boolean metadata() {
        return is(Fact.METADATA);
    }

    /** {@link LineFeatures#isCaption} */
    boolean caption() {
        return is(Fact.CAPTION);
    }

    /** {@link LineFeatures#isCredited} */
    boolean credited() {
        return is(Fact.CREDITED);
    }

    /** {@link Credits#isCredit} */
    boolean credit() {
        return is(Fact.CREDIT);
    }

    /** How title-like the line's text alone makes it ({@link Headlines#looks}): NaN when it cannot be a headline. */
    double looks(boolean oneWord) {
        Double l = oneWord ? oneWordLooks : looks;
        if (l == null) {
            l = Headlines.looks(line, oneWord);
            if (oneWord) {
                oneWordLooks = l;
            } else {
                looks = l;
            }
        }
        return l;
    }

    /** The {@link LineKey} of the line without a leading date ({@link LineFeatures#withoutLeadingDate}). */
    String undatedKey() {
        String k = undatedKey;
        if (k == null) {
            String undated = LineFeatures.withoutLeadingDate(line);
            k = undated.equals(line) ? key() : LineFacts.of(undated).key();
            undatedKey = k;
        }
        return k;
    }

    /** What the line's text alone gives the headline search as a candidate ({@link Headlines.Shape}). */
    Headlines.Shape shape() {
        Headlines.Shape s = shape;
        if (s == null) {
            s = Headlines.Shape.of(line);
            shape = s;
        }
        return s;
    }

    /** The line's {@link Pairs}. */
    Pairs pairs() {
        Pairs p = pairs;
        if (p == null) {
            long[] masks = new long[4];
            Echoes.pairMask(line, masks, 0);
            Echoes.pairMask(line.toLowerCase(Locale.ROOT), masks, 2);
            p = new Pairs(masks[0], masks[1], masks[2], masks[3]);
            pairs = p;
        }
        return p;
    }

    private boolean is(Fact fact) {
        int bits = known;
        int at = 2 * fact.ordinal();
        if ((bits >>> at & 1) != 0) {
            return (bits >>> at + 1 & 1) != 0;
        }
        boolean value = fact.test.test(this);
        // Read again: the test may have found other facts of the line. One write of an int: another thread's fact
        // found meanwhile may be lost, never mixed up.
        known = known | 1 << at | (value ? 1 : 0) << at + 1;
        return value;
    }
}

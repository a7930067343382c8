package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(3.83),
    WORDS_SQUARED(-1.65),
    ASKS(0.32),
    OPENS_BLOCK(0.36),
    DISTANCE(-0.64),
    LOG_DISTANCE(-0.18),
    RIGHT_ABOVE_BODY(-1.09),
    IN_BODY(-3.16),
    ECHO(1.23),
    REPEATED(-0.38),
    SITE_TITLE(1.70),
    BODY_WORDS(0.29),
    LEAD_WORDS(0.09),
    CAPITALISED(0.24),
    NAME(-1.46),
    LABEL(0.02),
    OPENS_WITH_DIGIT(-0.90),
    RANK(-1.43),
    LOOKS(0.46),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.62),
    ABOVE_WORDIER(0.76),
    ABOVE_LONGER_SENTENCE(2.54),
    ABOVE_LONGER_CANDIDATE(-0.41),
    BELOW_SHORTER_CANDIDATE(0.13),
    ENDS_WITH_STOP(-3.11),
    SEPARATED(-1.82),
    OPENS_BODY(0.14),
    COMMA(-0.39),
    INNER_STOP(-0.89),
    COPYRIGHT(-0.97),
    BELOW_HEADLINE_SHAPED(-1.04),
    META_BELOW(2.26),
    ALL_CAPS(-1.49),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(1.04),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.41),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.50),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(1.22),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.29),
    // The share of the line's words that are the article's own: in the body, and not on the menus and teasers around it
    // (BodyWords.ownWords). All weights refitted in round 14, on the rule of round 13 and with the two features below.
    OWN_WORDS(1.51),
    // A line above the usual reach (at the page's top, or repeated): taken when the body search landed too low.
    FAR(0.45),
    // How far (log of lines) above the usual reach: the page's top is a candidate, the further up the less likely.
    FAR_DISTANCE(-0.47),
    // Log of the ratio of words to the title-like line above (kicker, headline) and of the one below to this one.
    RATIO_ABOVE(0.68),
    RATIO_ABOVE_SQUARED(-0.02),
    RATIO_BELOW(0.08),
    RATIO_BELOW_SQUARED(-0.04),
    // Running text within a few lines below (past the line right below): a standfirst or the lead.
    PROSE_NEAR_BELOW(0.28),
    // No paragraph of running text above: a headline comes before the page's first paragraph.
    NO_PROSE_ABOVE(1.95),
    // Log of the paragraphs between the line and the body: where the body search landed too low (past a box of
    // teasers, on a thread), the article's own paragraphs stand between its headline and the body found.
    PROSE_BETWEEN(1.13),
    // A list of tags or names parted by commas; a source in brackets closing the line (a photo's caption).
    LIST(-1.95),
    BRACKET_END(-1.25),
    // The page prints the line cut short elsewhere ("Headline of the...": a breadcrumb's step, a reading bar).
    SHORTENED(3.42),
    // Under a notice the body search began on, held against the text that follows (Headlines.innerStart); first
    // fitted alone (round 12), refitted with all the others since OWN_WORDS (round 13).
    INNER(-0.93),
    // A line that shares half its longer words or more with a byline within two lines: an author's box ("About Ann
    // Lee", "Follow Ann Lee"), not the headline (round 14).
    AUTHOR_BOX(-1.03),
    // A paragraph of running text right below and another title-like line under it, above the body: a teaser's blurb
    // between teasers (round 14).
    TEASER_BELOW(-0.57),
    // One of three or more like records in a row (TeaserLists): a list of teasers, not the article's header block;
    // fitted alone, the others kept (round 15).
    TEASER_LIST(-1.66),
    // A paragraph of running text elsewhere on the page (not the lead right under it) opens with the line: a name before
    // its author's note, a company before its press release (round 15; fitted alone, the other weights kept).
    OPENS_PARAGRAPH(-2.15);

    final double weight;

    HeadlineFeature(double weight) {
        this.weight = weight;
    }

    /** The weighted sum of a candidate's feature values, indexed by ordinal. */
    static double weigh(double[] values) {
        double sum = 0;
        for (HeadlineFeature f : values()) {
            sum += f.weight * values[f.ordinal()];
        }
        return sum;
    }
}

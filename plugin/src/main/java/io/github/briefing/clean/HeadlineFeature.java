package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(4.26),
    WORDS_SQUARED(-1.80),
    ASKS(0.33),
    OPENS_BLOCK(-0.01),
    DISTANCE(-0.75),
    LOG_DISTANCE(-0.17),
    RIGHT_ABOVE_BODY(-1.33),
    IN_BODY(-3.74),
    ECHO(0.84),
    REPEATED(-0.20),
    SITE_TITLE(1.94),
    BODY_WORDS(0.12),
    LEAD_WORDS(0.53),
    CAPITALISED(0.10),
    NAME(-1.26),
    LABEL(0.17),
    OPENS_WITH_DIGIT(-0.97),
    RANK(-1.29),
    LOOKS(0.34),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.47),
    ABOVE_WORDIER(1.04),
    ABOVE_LONGER_SENTENCE(2.38),
    ABOVE_LONGER_CANDIDATE(-0.55),
    BELOW_SHORTER_CANDIDATE(-0.08),
    ENDS_WITH_STOP(-3.35),
    SEPARATED(-1.96),
    OPENS_BODY(0.67),
    COMMA(-0.39),
    INNER_STOP(-0.60),
    COPYRIGHT(-0.67),
    BELOW_HEADLINE_SHAPED(-1.30),
    META_BELOW(2.06),
    ALL_CAPS(-1.54),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(1.26),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.21),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.53),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(1.58),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.54),
    // The share of the line's words that are the article's own: in the body, and not on the menus and teasers around it
    // (BodyWords.ownWords). All weights refitted in round 14, on the rule of round 13 and with the two features below.
    OWN_WORDS(1.55),
    // A line above the usual reach (at the page's top, or repeated): taken when the body search landed too low.
    FAR(0.64),
    // How far (log of lines) above the usual reach: the page's top is a candidate, the further up the less likely.
    FAR_DISTANCE(-0.45),
    // Log of the ratio of words to the title-like line above (kicker, headline) and of the one below to this one.
    RATIO_ABOVE(0.86),
    RATIO_ABOVE_SQUARED(-0.10),
    RATIO_BELOW(-0.01),
    RATIO_BELOW_SQUARED(0.02),
    // Running text within a few lines below (past the line right below): a standfirst or the lead.
    PROSE_NEAR_BELOW(-0.03),
    // No paragraph of running text above: a headline comes before the page's first paragraph.
    NO_PROSE_ABOVE(1.60),
    // Log of the paragraphs between the line and the body: where the body search landed too low (past a box of
    // teasers, on a thread), the article's own paragraphs stand between its headline and the body found.
    PROSE_BETWEEN(1.13),
    // A list of tags or names parted by commas; a source in brackets closing the line (a photo's caption).
    LIST(-2.07),
    BRACKET_END(-1.31),
    // The page prints the line cut short elsewhere ("Headline of the...": a breadcrumb's step, a reading bar).
    SHORTENED(4.73),
    // Under a notice the body search began on, held against the text that follows (Headlines.innerStart); first
    // fitted alone (round 12), refitted with all the others since OWN_WORDS (round 13).
    INNER(-0.95),
    // A line that shares half its longer words or more with a byline within two lines: an author's box ("About Ann
    // Lee", "Follow Ann Lee"), not the headline (round 14).
    AUTHOR_BOX(-0.99),
    // A paragraph of running text right below and another title-like line under it, above the body: a teaser's blurb
    // between teasers (round 14).
    TEASER_BELOW(-0.71),
    // One of three or more like records in a row (TeaserLists): a list of teasers, not the article's header block.
    TEASER_LIST(-1.76);

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

package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(3.89),
    WORDS_SQUARED(-1.66),
    ASKS(0.32),
    OPENS_BLOCK(0.34),
    DISTANCE(-0.62),
    LOG_DISTANCE(-0.21),
    RIGHT_ABOVE_BODY(-0.93),
    IN_BODY(-3.60),
    ECHO(1.14),
    REPEATED(-0.39),
    SITE_TITLE(1.74),
    BODY_WORDS(0.47),
    LEAD_WORDS(0.10),
    CAPITALISED(0.19),
    NAME(-1.43),
    LABEL(0.02),
    OPENS_WITH_DIGIT(-0.88),
    RANK(-1.47),
    LOOKS(0.45),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.74),
    ABOVE_WORDIER(0.74),
    ABOVE_LONGER_SENTENCE(2.48),
    ABOVE_LONGER_CANDIDATE(-0.40),
    BELOW_SHORTER_CANDIDATE(0.13),
    ENDS_WITH_STOP(-3.04),
    SEPARATED(-1.87),
    OPENS_BODY(0.02),
    COMMA(-0.43),
    INNER_STOP(-0.87),
    COPYRIGHT(-0.95),
    BELOW_HEADLINE_SHAPED(-1.02),
    META_BELOW(2.25),
    ALL_CAPS(-1.56),
    CAPTION(-2.88),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(0.99),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.39),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.46),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(1.10),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.28),
    // The share of the line's words that are the article's own: in the body, and not on the menus and teasers around it
    // (BodyWords.ownWords; all weights fitted before a body line's own words stopped counting: round 13).
    OWN_WORDS(1.17),
    // A line above the usual reach (at the page's top, or repeated): taken when the body search landed too low.
    FAR(0.39),
    // How far (log of lines) above the usual reach: the page's top is a candidate, the further up the less likely.
    FAR_DISTANCE(-0.45),
    // Log of the ratio of words to the title-like line above (kicker, headline) and of the one below to this one.
    RATIO_ABOVE(0.64),
    RATIO_ABOVE_SQUARED(-0.01),
    RATIO_BELOW(0.10),
    RATIO_BELOW_SQUARED(-0.04),
    // Running text within a few lines below (past the line right below): a standfirst or the lead.
    PROSE_NEAR_BELOW(0.27),
    // No paragraph of running text above: a headline comes before the page's first paragraph.
    NO_PROSE_ABOVE(1.93),
    // Log of the paragraphs between the line and the body: where the body search landed too low (past a box of
    // teasers, on a thread), the article's own paragraphs stand between its headline and the body found.
    PROSE_BETWEEN(1.06),
    // A list of tags or names parted by commas; a source in brackets closing the line (a photo's caption).
    LIST(-1.56),
    BRACKET_END(-1.28),
    // The page prints the line cut short elsewhere ("Headline of the...": a breadcrumb's step, a reading bar).
    SHORTENED(3.37),
    // Under a notice the body search began on, held against the text that follows (Headlines.innerStart); first
    // fitted alone (round 12), refitted with all the others since OWN_WORDS (round 13).
    INNER(-1.04);

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

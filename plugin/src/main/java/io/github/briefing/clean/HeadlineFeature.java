package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(4.07),
    WORDS_SQUARED(-1.71),
    ASKS(0.29),
    OPENS_BLOCK(0.34),
    DISTANCE(-0.58),
    LOG_DISTANCE(-0.44),
    RIGHT_ABOVE_BODY(-1.00),
    IN_BODY(-3.41),
    ECHO(1.02),
    REPEATED(-0.59),
    SITE_TITLE(1.71),
    BODY_WORDS(1.22),
    LEAD_WORDS(0.06),
    CAPITALISED(0.08),
    NAME(-1.40),
    LABEL(0.03),
    OPENS_WITH_DIGIT(-0.88),
    RANK(-1.90),
    LOOKS(0.47),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.72),
    ABOVE_WORDIER(0.78),
    ABOVE_LONGER_SENTENCE(2.35),
    ABOVE_LONGER_CANDIDATE(-0.49),
    BELOW_SHORTER_CANDIDATE(0.08),
    ENDS_WITH_STOP(-2.92),
    SEPARATED(-1.82),
    OPENS_BODY(-0.06),
    COMMA(-0.48),
    INNER_STOP(-0.90),
    COPYRIGHT(-0.95),
    BELOW_HEADLINE_SHAPED(-0.90),
    META_BELOW(2.24),
    ALL_CAPS(-1.59),
    CAPTION(-2.81),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(0.97),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.33),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.40),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(0.99),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.05),
    // A line above the usual reach (at the page's top, or repeated): taken when the body search landed too low.
    FAR(0.37),
    // How far (log of lines) above the usual reach: the page's top is a candidate, the further up the less likely.
    FAR_DISTANCE(-0.45),
    // Log of the ratio of words to the title-like line above (kicker, headline) and of the one below to this one.
    RATIO_ABOVE(0.59),
    RATIO_ABOVE_SQUARED(0.03),
    RATIO_BELOW(0.10),
    RATIO_BELOW_SQUARED(-0.02),
    // Running text within a few lines below (past the line right below): a standfirst or the lead.
    PROSE_NEAR_BELOW(0.23),
    // No paragraph of running text above: a headline comes before the page's first paragraph.
    NO_PROSE_ABOVE(1.87),
    // Log of the paragraphs between the line and the body: where the body search landed too low (past a box of
    // teasers, on a thread), the article's own paragraphs stand between its headline and the body found.
    PROSE_BETWEEN(1.09),
    // A list of tags or names parted by commas; a source in brackets closing the line (a photo's caption).
    LIST(-1.54),
    BRACKET_END(-1.37),
    // The page prints the line cut short elsewhere ("Headline of the...": a breadcrumb's step, a reading bar).
    SHORTENED(3.21),
    // Under a notice the body search began on, held against the text that follows (Headlines.innerStart); fitted
    // alone (HeadlineFit -Donly=INNER), so that pages without such a notice keep their pick.
    INNER(-1.52);

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

package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(4.18),
    WORDS_SQUARED(-1.76),
    ASKS(0.30),
    OPENS_BLOCK(0.46),
    DISTANCE(-0.65),
    LOG_DISTANCE(-0.42),
    RIGHT_ABOVE_BODY(-0.92),
    IN_BODY(-3.23),
    ECHO(1.00),
    REPEATED(-0.55),
    SITE_TITLE(1.70),
    BODY_WORDS(1.26),
    LEAD_WORDS(-0.16),
    CAPITALISED(0.15),
    NAME(-1.42),
    LABEL(0.01),
    OPENS_WITH_DIGIT(-0.70),
    RANK(-2.04),
    LOOKS(0.47),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.77),
    ABOVE_WORDIER(0.80),
    ABOVE_LONGER_SENTENCE(2.37),
    ABOVE_LONGER_CANDIDATE(-0.43),
    BELOW_SHORTER_CANDIDATE(0.21),
    ENDS_WITH_STOP(-3.17),
    SEPARATED(-1.89),
    OPENS_BODY(-0.04),
    COMMA(-0.44),
    INNER_STOP(-0.92),
    COPYRIGHT(-0.98),
    BELOW_HEADLINE_SHAPED(-0.89),
    META_BELOW(2.25),
    ALL_CAPS(-1.67),
    CAPTION(-2.76),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(0.92),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.39),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.38),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(1.15),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.19),
    // A line above the usual reach (at the page's top, or repeated): taken when the body search landed too low.
    FAR(0.50),
    // How far (log of lines) above the usual reach: the page's top is a candidate, the further up the less likely.
    FAR_DISTANCE(-0.49),
    // Log of the ratio of words to the title-like line above (kicker, headline) and of the one below to this one.
    RATIO_ABOVE(0.57),
    RATIO_ABOVE_SQUARED(0.05),
    RATIO_BELOW(0.15),
    RATIO_BELOW_SQUARED(-0.04),
    // Running text within a few lines below (past the line right below): a standfirst or the lead.
    PROSE_NEAR_BELOW(0.21),
    // No paragraph of running text above: a headline comes before the page's first paragraph.
    NO_PROSE_ABOVE(1.80),
    // Log of the paragraphs between the line and the body: where the body search landed too low (past a box of
    // teasers, on a thread), the article's own paragraphs stand between its headline and the body found.
    PROSE_BETWEEN(1.25),
    // A list of tags or names parted by commas; a source in brackets closing the line (a photo's caption).
    LIST(-1.60),
    BRACKET_END(-1.45);

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

package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(4.56),
    WORDS_SQUARED(-1.83),
    ASKS(0.69),
    OPENS_BLOCK(0.62),
    DISTANCE(-0.69),
    LOG_DISTANCE(-0.37),
    RIGHT_ABOVE_BODY(-1.44),
    IN_BODY(-5.07),
    ECHO(0.68),
    REPEATED(-0.44),
    SITE_TITLE(2.21),
    BODY_WORDS(1.24),
    LEAD_WORDS(-0.21),
    CAPITALISED(0.06),
    NAME(-1.70),
    LABEL(0.16),
    OPENS_WITH_DIGIT(-0.84),
    RANK(-3.04),
    LOOKS(0.37),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.75),
    ABOVE_WORDIER(1.03),
    ABOVE_LONGER_SENTENCE(2.97),
    ABOVE_LONGER_CANDIDATE(-0.25),
    BELOW_SHORTER_CANDIDATE(1.02),
    ENDS_WITH_STOP(-2.33),
    SEPARATED(-1.90),
    OPENS_BODY(0.83),
    COMMA(-0.71),
    INNER_STOP(-0.58),
    COPYRIGHT(-0.99),
    BELOW_HEADLINE_SHAPED(-1.14),
    META_BELOW(2.32),
    ALL_CAPS(-1.81),
    CAPTION(-2.80),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(0.99),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.47),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.51),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(0.93),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.49),
    // A line repeated on the page above the usual reach: taken when the body search landed too low.
    FAR(-0.89);

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

package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus; its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(2.03),
    WORDS_SQUARED(-0.76),
    ASKS(0.5),
    OPENS_BLOCK(0.48),
    DISTANCE(-0.84),
    LOG_DISTANCE(0.44),
    RIGHT_ABOVE_BODY(-0.37),
    IN_BODY(-2.58),
    ECHO(0.59),
    REPEATED(-0.32),
    SITE_TITLE(0.26),
    BODY_WORDS(1.65),
    LEAD_WORDS(1.59),
    CAPITALISED(-0.58),
    NAME(-1.21),
    LABEL(0.36),
    OPENS_WITH_DIGIT(-0.58),
    RANK(-0.27),
    LOOKS(1.92 / 4),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-0.51),
    ABOVE_WORDIER(0.87),
    ABOVE_LONGER_SENTENCE(0.51),
    ABOVE_LONGER_CANDIDATE(-0.3),
    BELOW_SHORTER_CANDIDATE(0.53);

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

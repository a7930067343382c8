package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus; its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(6.72),
    WORDS_SQUARED(-2.49),
    ASKS(0.41),
    OPENS_BLOCK(0.49),
    DISTANCE(-0.53),
    LOG_DISTANCE(-0.58),
    RIGHT_ABOVE_BODY(-2.06),
    IN_BODY(-5.84),
    ECHO(0.87),
    REPEATED(-0.40),
    SITE_TITLE(1.71),
    BODY_WORDS(1.78),
    LEAD_WORDS(1.91),
    CAPITALISED(0.08),
    NAME(-1.76),
    LABEL(-0.10),
    OPENS_WITH_DIGIT(-1.24),
    RANK(-3.09),
    LOOKS(0.51),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-3.26),
    ABOVE_WORDIER(1.33),
    ABOVE_LONGER_SENTENCE(4.53),
    ABOVE_LONGER_CANDIDATE(0.09),
    BELOW_SHORTER_CANDIDATE(0.97),
    ENDS_WITH_STOP(-2.69),
    SEPARATED(-2.06),
    OPENS_BODY(1.04),
    COMMA(-0.60),
    INNER_STOP(-0.81),
    COPYRIGHT(-1.59),
    BELOW_HEADLINE_SHAPED(-1.12),
    META_BELOW(2.21),
    ALL_CAPS(-2.48),
    BODY_DEPTH(-1.44),
    CAPTION(-4.32);

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

package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus; its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(6.81),
    WORDS_SQUARED(-2.52),
    ASKS(0.62),
    OPENS_BLOCK(0.54),
    DISTANCE(-0.40),
    LOG_DISTANCE(-0.53),
    RIGHT_ABOVE_BODY(-1.84),
    IN_BODY(-5.90),
    ECHO(0.91),
    REPEATED(-0.53),
    SITE_TITLE(1.81),
    BODY_WORDS(1.94),
    LEAD_WORDS(1.82),
    CAPITALISED(0.17),
    NAME(-1.75),
    LABEL(0.12),
    OPENS_WITH_DIGIT(-1.20),
    RANK(-2.30),
    LOOKS(0.53),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-3.37),
    ABOVE_WORDIER(1.32),
    ABOVE_LONGER_SENTENCE(4.54),
    ABOVE_LONGER_CANDIDATE(0.07),
    BELOW_SHORTER_CANDIDATE(0.93),
    ENDS_WITH_STOP(-2.86),
    SEPARATED(-2.09),
    OPENS_BODY(1.35),
    COMMA(-0.73),
    INNER_STOP(-0.73),
    COPYRIGHT(-1.48),
    BELOW_HEADLINE_SHAPED(-1.30),
    META_BELOW(2.23),
    ALL_CAPS(-2.45),
    CAPTION(-4.48);

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

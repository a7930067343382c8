package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus; its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(7.08),
    WORDS_SQUARED(-2.61),
    ASKS(0.83),
    OPENS_BLOCK(0.51),
    DISTANCE(-0.75),
    LOG_DISTANCE(-0.17),
    RIGHT_ABOVE_BODY(-2.16),
    IN_BODY(-6.71),
    ECHO(1.04),
    REPEATED(-0.31),
    SITE_TITLE(1.48),
    BODY_WORDS(2.20),
    LEAD_WORDS(1.95),
    CAPITALISED(-0.28),
    NAME(-1.54),
    LABEL(0.31),
    OPENS_WITH_DIGIT(-1.41),
    RANK(-2.08),
    LOOKS(0.40),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-2.58),
    ABOVE_WORDIER(1.65),
    ABOVE_LONGER_SENTENCE(3.42),
    ABOVE_LONGER_CANDIDATE(-0.52),
    BELOW_SHORTER_CANDIDATE(0.89),
    ENDS_WITH_STOP(-3.25),
    SEPARATED(-1.74),
    OPENS_BODY(1.06),
    COMMA(-0.44),
    INNER_STOP(-0.71),
    COPYRIGHT(-4.43),
    BELOW_HEADLINE_SHAPED(-1.24),
    // Fitted with the rest on the extraction corpus, and added to the earlier weights without refitting those: the full
    // refit picked photo captions and lead sentences as headlines of clean texts (wmt21 F1 0.962 -> 0.960).
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

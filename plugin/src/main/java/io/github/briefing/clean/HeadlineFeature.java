package io.github.briefing.clean;

/**
 * The line features a headline is picked by, each with its weight in a conditional-logit model: among a page's
 * candidate lines, the chance of each being the headline is proportional to exp(sum of weight x feature). The weights
 * were fitted with {@code HeadlineFit} (test scope) on the extraction dev corpus, with the wmt21 texts (first line the
 * headline) counted at a tenth so that the weights also keep the headline of a clean text over its lead or a caption;
 * its javadoc says how to refit.
 */
enum HeadlineFeature {
    WORDS(4.10),
    WORDS_SQUARED(-1.72),
    ASKS(0.31),
    OPENS_BLOCK(0.33),
    DISTANCE(-0.60),
    LOG_DISTANCE(-0.31),
    RIGHT_ABOVE_BODY(-0.98),
    IN_BODY(-3.57),
    ECHO(0.99),
    REPEATED(-0.54),
    SITE_TITLE(1.71),
    BODY_WORDS(1.19),
    LEAD_WORDS(0.00),
    CAPITALISED(0.07),
    NAME(-1.40),
    LABEL(-0.01),
    OPENS_WITH_DIGIT(-0.89),
    RANK(-1.59),
    LOOKS(0.46),
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    ABOVE_SENTENCE(-1.65),
    ABOVE_WORDIER(0.76),
    ABOVE_LONGER_SENTENCE(2.35),
    ABOVE_LONGER_CANDIDATE(-0.41),
    BELOW_SHORTER_CANDIDATE(0.11),
    ENDS_WITH_STOP(-2.92),
    SEPARATED(-1.78),
    OPENS_BODY(0.09),
    COMMA(-0.42),
    INNER_STOP(-0.90),
    COPYRIGHT(-0.94),
    BELOW_HEADLINE_SHAPED(-0.95),
    META_BELOW(2.25),
    ALL_CAPS(-1.59),
    CAPTION(-2.80),
    // A line of many more words below, without a stop: a standfirst that does not end like a sentence.
    DEK_BELOW(0.89),
    // The share of the line's letter trigrams found in the lead: a headline's phrases, in any script.
    LEAD_PHRASES(2.39),
    // A date, time or byline just above: many pages print the date, then the headline.
    META_ABOVE(0.43),
    // The shorter part of a window title ("Headline - Site"): the site's name, weighed apart from the headline part.
    SITE_NAME(0.95),
    // How many of the body's most frequent words the line names (up to three): what the article is about.
    TOPIC_WORDS(2.20),
    // A line above the usual reach (at the page's top, or repeated): taken when the body search landed too low.
    FAR(0.40),
    // How far (log of lines) above the usual reach: the page's top is a candidate, the further up the less likely.
    FAR_DISTANCE(-0.45),
    // Log of the ratio of words to the title-like line above (kicker, headline) and of the one below to this one.
    RATIO_ABOVE(0.61),
    RATIO_ABOVE_SQUARED(0.01),
    RATIO_BELOW(0.14),
    RATIO_BELOW_SQUARED(-0.01),
    // Running text within a few lines below (past the line right below): a standfirst or the lead.
    PROSE_NEAR_BELOW(0.25),
    // No paragraph of running text above: a headline comes before the page's first paragraph.
    NO_PROSE_ABOVE(1.86),
    // Log of the paragraphs between the line and the body: where the body search landed too low (past a box of
    // teasers, on a thread), the article's own paragraphs stand between its headline and the body found.
    PROSE_BETWEEN(1.08),
    // A list of tags or names parted by commas; a source in brackets closing the line (a photo's caption).
    LIST(-1.58),
    BRACKET_END(-1.31),
    // The page prints the line cut short elsewhere ("Headline of the...": a breadcrumb's step, a reading bar).
    SHORTENED(3.17),
    // Under a notice the body search began on, held against the text that follows (Headlines.innerStart).
    INNER(-1.44);

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

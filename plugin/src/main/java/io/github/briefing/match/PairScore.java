package io.github.briefing.match;


/**
 * What two articles share, measured several ways, each in [0, 1].
 *
 * @param anchors    cosine of the weighted anchor vectors: works across languages and scripts (across scripts,
 *                   at least {@link #SCRIPT_FREE_WEIGHT} times their cosine over the script-free anchors)
 * @param terms      cosine of the weighted word vectors: strong within one language, near 0 across
 * @param order      how much of the shared anchors come in the same order ({@link AnchorOrder#share})
 * @param balance    how alike the two are in size (numbers and paragraphs): a translation matches its original
 * @param parallel   across languages, how alike their sentences run, long and short ({@link #parallel(int[], int[])})
 * @param lead       cosine of the weighted vectors of the two leads (headline and first words, anchors included)
 * @param usage      cosine of the word vectors weighted by how often each word is used (see
 *                   {@link FeatureVectors.Words#usage})
 * @param headline   cosine of the two headlines' letter runs ({@link LetterRuns}): in any two languages that share
 *                   roots and names, and in one language whatever the words' endings
 * @param opening    cosine of the letter runs of the two headlines and first paragraphs
 */
record PairScore(int i, int j, double anchors, double terms, double order, double balance, double parallel,
                 double lead, double usage, double headline, double opening) {

    /**
     * Across scripts, the script-free anchors (numbers, dates, places, acronyms) alone also compare two articles,
     * at this discount: they are fewer and less specific than names.
     */
    static final double SCRIPT_FREE_WEIGHT = 0.5;
    /**
     * Fewer sentences than this run alike by chance too often: the lengths of 5 sentences correlate at 0.9 by
     * chance about once in 50 pairs, of 3 about once in 7.
     */
    static final int MIN_PARALLEL = 5;
    /**
     * Sentence lengths this alike mark a translation even when the two share too few anchors and words to pass
     * the reporting floor (a short text without names or figures).
     */
    static final double PARALLEL = 0.9;
    /** Sentences one telling may have lost at its start or end and still run parallel to the other. */
    static final int MAX_SHIFT = 3;
    /** What sentences running parallel add to the similarity across languages: as much as a good share of anchors. */
    static final double PARALLEL_WEIGHT = 0.5;

    /** The scores as numbers, in the order of the components after {@code i} and {@code j}, to keep between builds. */
    double[] values() {
        return new double[] {anchors, terms, order, balance, parallel, lead, usage, headline, opening};
    }

    /** The pair with scores kept by {@link #values()}. */
    static PairScore of(int i, int j, double[] values) {
        return new PairScore(i, j, values[0], values[1], values[2], values[3], values[4], values[5], values[6],
                values[7], values[8]);
    }

    /** These scores, of articles i and j: of a pair whose articles' inputs are this pair's ({@link Views#standIns}). */
    PairScore between(int i, int j) {
        return i == this.i && j == this.j ? this
                : new PairScore(i, j, anchors, terms, order, balance, parallel, lead, usage, headline, opening);
    }

    /**
     * The pair's scores, or null when it is too unlike to report (the cheap cosines are computed first). For a pair
     * met alone: the views are laid out for it ({@link Views#spread}).
     */
    static PairScore of(int i, int j, Views views, double floor) {
        return of(i, j, views.spread(), floor, null);
    }

    /**
     * As {@link #of(int, int, Views, double)}, comparing in views laid out for one thread ({@link Views.Spread}: best
     * with pairs in order of their first article), and taking from {@code before} (the last build's pairs; null: none)
     * the cosine of each view where neither article's vector changed since, when the pair was reported then: the same
     * vectors give the same cosine to the bit.
     */
    static PairScore of(int i, int j, Views.Spread spread, double floor, KeptPairs.Last before) {
        Views views = spread.views();
        PairScore known = before == null ? null : before.score(i, j);
        Views.Serials since = known == null ? null : before.views();
        // Unchanged anchor vectors are those of the same two articles (an article that changed is listed afresh),
        // so their anchors' reading order is unchanged too.
        boolean sameAnchors = known != null && unchanged(views.anchors(), since.anchors(), i, j);
        double anchors;
        if (sameAnchors) {
            anchors = known.anchors;
        } else if (views.scripts()[i] == views.scripts()[j]) {
            anchors = spread.anchors().cosine(i, j);
        } else {
            double[] cosines = spread.anchors().cosines(i, j);
            anchors = Math.max(cosines[0], SCRIPT_FREE_WEIGHT * cosines[1]);
        }
        double[] words = known != null && unchanged(views.terms(), since.terms(), i, j)
                && unchanged(views.usage(), since.usage(), i, j) ? new double[] {known.terms, known.usage}
                : spread.terms().cosines(views.usage(), i, j);
        double terms = words[0];
        Shapes shapes = views.shapes();
        double parallel = shapes.languages()[i] == shapes.languages()[j] ? 0
                : parallel(shapes.sentences()[i], shapes.sentences()[j]);
        if (similarity(anchors, terms, parallel) < floor) {
            return null;
        }
        double balance = Math.min(ratio(shapes.numbers()[i], shapes.numbers()[j]),
                ratio(shapes.paragraphs()[i], shapes.paragraphs()[j]));
        double order = sameAnchors ? known.order : spread.order().share(i, j);
        double lead = known != null && unchanged(views.leads(), since.leads(), i, j) ? known.lead
                : spread.leads().cosine(i, j);
        double headline = known != null && unchanged(views.headlines(), since.headlines(), i, j) ? known.headline
                : spread.headlines().cosine(i, j);
        double opening = known != null && unchanged(views.openings(), since.openings(), i, j) ? known.opening
                : spread.openings().cosine(i, j);
        return new PairScore(i, j, anchors, terms, order, balance, parallel, lead, words[1], headline, opening);
    }

    /** Whether both articles' vectors in {@code view} are, to the bit, theirs in the view numbered {@code since}. */
    private static boolean unchanged(FeatureVectors view, long since, int i, int j) {
        return view.unchangedSince(since, i) && view.unchangedSince(since, j);
    }

    /**
     * How alike two texts' sentence lengths run: their correlation, with the shorter text laid against each stretch
     * of the longer one, which may have at most {@link #MAX_SHIFT} sentences more (a cleaner may drop a headline or
     * a closing line from one telling only); 0 when the shorter has fewer than {@link #MIN_PARALLEL} sentences. A
     * translation keeps its original's sentences, long and short alike, in any script (a correlation does not mind
     * that Japanese needs fewer characters than English).
     */
    static double parallel(int[] x, int[] y) {
        int[] shorter = x.length <= y.length ? x : y;
        int[] longer = shorter == x ? y : x;
        int n = shorter.length;
        if (n < MIN_PARALLEL || longer.length - n > MAX_SHIFT) {
            return 0;
        }
        double best = 0;
        for (int shift = 0; shift <= longer.length - n; shift++) {
            best = Math.max(best, correlation(shorter, longer, shift));
        }
        return best;
    }

    /** The correlation of {@code a} with as many of {@code b}'s values from {@code from} on. */
    private static double correlation(int[] a, int[] b, int from) {
        int n = a.length;
        double meanA = mean(a, 0, n);
        double meanB = mean(b, from, n);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int k = 0; k < n; k++) {
            double x = a[k] - meanA;
            double y = b[from + k] - meanB;
            ab += x * y;
            aa += x * x;
            bb += y * y;
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }

    private static double mean(int[] values, int from, int n) {
        long sum = 0;
        for (int k = from; k < from + n; k++) {
            sum += values[k];
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    /**
     * The similarity relations are judged on: either view can make a pair similar (a noisy or), so that neither pairs across
     * languages (anchors only) nor pairs in one language (anchors and words) lose. Cosines of sparse sets crowd
     * near 0; their square root spreads them more evenly over [0, 1].
     */
    double similarity() {
        return similarity(anchors, terms, parallel);
    }

    /**
     * How alike a reader would find the two, the score reported: the whole texts and their openings count about
     * equally. Two articles that share background, a topic's vocabulary or an outlet's boilerplate but open on
     * different events tell different stories; a story's headline and lead name what happened. The openings are
     * read twice: by their words and anchors, and by how their words are spelled (which also holds across
     * languages, where words alone share nearly nothing), the headline counting again at half weight.
     */
    double grade() {
        return (similarity(anchors, usage, 0) + Math.sqrt(lead) + Math.sqrt(opening)
                + HEADLINE_WEIGHT * Math.sqrt(headline)) / (3 + HEADLINE_WEIGHT);
    }

    /**
     * The grade by words, anchors and leads only, as before the openings' spelling joined it: what the rule for a
     * mutual closest pair across languages ({@link RelationJudge#CROSS_LINGUAL_GRADE}) was measured on.
     */
    double wordsGrade() {
        return (similarity(anchors, usage, 0) + Math.sqrt(lead)) / 2;
    }

    /** The headline's own weight in the grade, besides its part in the opening. */
    static final double HEADLINE_WEIGHT = 0.5;

    /** Across languages, sentences that run parallel are a third view: a translation's shape. */
    private static double similarity(double anchors, double terms, double parallel) {
        double shape = parallel >= PARALLEL ? PARALLEL_WEIGHT : 0;
        return 1 - (1 - Math.sqrt(anchors)) * (1 - Math.sqrt(terms)) * (1 - shape);
    }

    /** Smaller over larger, plus one so that small counts do not swing it: 1 for equal counts. */
    private static double ratio(int a, int b) {
        return (Math.min(a, b) + 1.0) / (Math.max(a, b) + 1.0);
    }
}

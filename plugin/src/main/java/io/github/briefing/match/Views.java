package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Every way the match stage sees the articles of one corpus, built once per build.
 *
 * @param scripts   each article's script ({@link Scripts})
 * @param anchors   language-independent anchors
 * @param terms     which words each article uses
 * @param usage     the words weighted by how often each is used
 * @param leads     the words and anchors of each lead
 * @param headlines each headline's letter runs ({@link LetterRuns})
 * @param openings  the letter runs of each headline and first paragraph
 * @param order     each article's anchors in reading order
 * @param shapes    each article's language and size
 */
record Views(Character.UnicodeScript[] scripts, FeatureVectors anchors, FeatureVectors terms, FeatureVectors usage,
             FeatureVectors leads, FeatureVectors headlines, FeatureVectors openings, AnchorOrder order,
             Shapes shapes) {

    /** The process's order of anchors ({@link AnchorOrder.Kept}). */
    private static final AnchorOrder.Kept ORDER = new AnchorOrder.Kept();

    /** The views of articles matched once. */
    static Views of(List<AnalysedArticle> articles) {
        return of(articles, false);
    }

    /**
     * The views one after another, each built on all cores: side by side, their intermediate lists (every feature
     * name of every article, for each view) were held at once, which a large corpus's heap cannot afford.
     *
     * @param again whether the articles are likely to be matched again in this process, most of them unchanged (an
     *              edit loop): the views are then numbered from the last ones kept, and kept for the next build
     */
    static Views of(List<AnalysedArticle> articles, boolean again) {
        FeatureVectors.Kept kept = again ? FeatureVectors.Kept.LAST : FeatureVectors.Kept.NONE;
        // The two largest first: making a view holds several times what the view keeps (its listing, its numbering,
        // its weights as given), and at 100,000 articles the last one made beside all the others was the stage's peak.
        FeatureVectors openings = FeatureVectors.spelled(articles, Views::opening, kept.openings());
        FeatureVectors.Words words = FeatureVectors.words(articles, kept);
        return new Views(Scripts.of(articles), FeatureVectors.anchors(articles, kept), words.terms(),
                words.usage(), FeatureVectors.leads(articles, kept),
                FeatureVectors.spelled(articles, a -> a.spelling().headline(), kept.headlines()), openings,
                AnchorOrder.of(articles, again ? ORDER : null), Shapes.of(articles));
    }

    /** The headline and first paragraph: what a reader takes in before deciding what the story is. */
    private static String opening(AnalysedArticle a) {
        return a.spelling().headline() + " " + a.spelling().lead();
    }

    /** Which vectors each view's are ({@link FeatureVectors#serial()}), for the next build to tell what changed since. */
    record Serials(long anchors, long terms, long usage, long leads, long headlines, long openings) {
    }

    Serials serials() {
        return new Serials(anchors.serial(), terms.serial(), usage.serial(), leads.serial(), headlines.serial(),
                openings.serial());
    }

    /** The views laid out for one thread to compare one article at a time with others ({@link Spread}). */
    Spread spread() {
        return new Spread(this, anchors.spread(), terms.spread(), leads.spread(), headlines.spread(),
                openings.spread(), order.spread());
    }

    /**
     * The views, each with a place to lay out one article at a time ({@link FeatureVectors.Spread},
     * {@link AnchorOrder.Spread}), to compare it with its candidates. The words' layout serves the words by use too:
     * they are one numbering. One thread's.
     */
    record Spread(Views views, FeatureVectors.Spread anchors, FeatureVectors.Spread terms,
                  FeatureVectors.Spread leads, FeatureVectors.Spread headlines, FeatureVectors.Spread openings,
                  AnchorOrder.Spread order) {
    }

    /**
     * For each article, the article whose comparisons it repeats: the first of its copies ({@link Copies}) of which
     * all that comparing a pair reads is equal, as it is for a wire text run word for word; else itself. Equal inputs
     * give scores equal to the bit, so a copy's pairs are scored as that article's.
     */
    int[] standIns(Copies copies) {
        int n = scripts.length;
        long[] prints = IntStream.range(0, n).parallel().mapToLong(this::print).toArray();
        // The articles met so far by group and print; a print shared by unequal articles only lists them both.
        Map<Alike, List<Integer>> met = new HashMap<>();
        int[] standIn = new int[n];
        for (int i = 0; i < n; i++) {
            List<Integer> same = met.computeIfAbsent(new Alike(copies.first(i), prints[i]), k -> new ArrayList<>(1));
            int article = i;
            standIn[i] = same.stream().filter(earlier -> alike(earlier, article)).findFirst().orElse(i);
            if (standIn[i] == i) {
                same.add(i);
            }
        }
        return standIn;
    }

    /** A group of copies and a print of the views ({@link #standIns}). */
    private record Alike(int group, long print) {
    }

    /** Whether comparing a pair ({@link PairScore#of}) reads the same of articles i and j. */
    private boolean alike(int i, int j) {
        return scripts[i] == scripts[j] && shapes.same(i, j) && order.sameSequence(i, j)
                && Stream.of(anchors, terms, usage, leads, headlines, openings).allMatch(v -> v.sameVector(i, j));
    }

    /** A print of article i in every view: equal prints, equal vectors in each ({@link ScoreMemory}). */
    long print(int i) {
        return FeatureVectors.print(i, anchors, terms, usage, leads, headlines, openings);
    }
}

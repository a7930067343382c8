package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.memory.LastBuild;

import java.util.List;
import java.util.function.Function;

/**
 * A view of letter runs ({@link FeatureVectors#spelled}) from the last build of this process: each article's runs,
 * their numbering and the vectors, so that an edit loop spells, sorts and weighs again only the articles its edit
 * changed ({@link FeatureVectors.Numbered#ofCodes}). Held softly, and only while it costs a small share of the heap.
 */
final class KeptRuns {

    /**
     * The share of the heap the numbering may keep (a number and a weight per run of every article): half of what a
     * numbering of names may keep, as the runs themselves are kept too ({@link KeptPerArticle}).
     */
    private static final int HEAP_SHARE = 32;
    private final KeptPerArticle<AnalysedArticle, LetterRuns> runs = new KeptPerArticle<>(LetterRuns::bytes);
    private final KeptVectors vectors = new KeptVectors(HEAP_SHARE);
    private final LastBuild<Last> last = new LastBuild<>(HEAP_SHARE);

    /**
     * The codes of the last build's runs as listed (an article's array is the same one when its runs were kept), and
     * their numbering.
     */
    record Last(int[][] listed, FeatureVectors.Numbered numbered) {
    }

    /** Each article's runs, taken from the last build's where the article is the same; kept for the next. */
    List<LetterRuns> map(List<AnalysedArticle> articles, Function<AnalysedArticle, LetterRuns> spell) {
        return runs.map(articles, spell);
    }

    /** The last build's numbering, when it numbered as many articles as {@code n}; else null. */
    Last last(int n) {
        Last before = last.get();
        return before != null && before.listed().length == n ? before : null;
    }

    /** Keeps a numbering for the next build, unless it is too large to keep. */
    void keep(int[][] listed, FeatureVectors.Numbered numbered) {
        last.keep(new Last(listed, numbered), numbered.bytes());
    }

    /** The view's vectors of the last build. */
    KeptVectors vectors() {
        return vectors;
    }
}

package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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

    /** The views are independent, and numbering each one's features is a pass in article order: built side by side. */
    static Views of(List<AnalysedArticle> articles) {
        var words = async(() -> FeatureVectors.words(articles));
        var anchors = async(() -> FeatureVectors.anchors(articles));
        var leads = async(() -> FeatureVectors.leads(articles));
        var headlines = async(() -> FeatureVectors.spelled(articles, a -> a.spelling().headline()));
        var openings = async(() -> FeatureVectors.spelled(articles, Views::opening));
        var order = async(() -> AnchorOrder.of(articles));
        return new Views(Scripts.of(articles), anchors.join(), words.join().terms(), words.join().usage(),
                leads.join(), headlines.join(), openings.join(), order.join(), Shapes.of(articles));
    }

    private static <T> CompletableFuture<T> async(Supplier<T> view) {
        return CompletableFuture.supplyAsync(view);
    }

    /** The headline and first paragraph: what a reader takes in before deciding what the story is. */
    private static String opening(AnalysedArticle a) {
        return a.spelling().headline() + " " + a.spelling().lead();
    }

    /** A print of article i in every view: equal prints, equal vectors in each ({@link ScoreMemory}). */
    long print(int i) {
        return FeatureVectors.print(i, anchors, terms, usage, leads, headlines, openings);
    }
}

package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.List;

/**
 * Every way the match stage sees the articles of one corpus, built once per build.
 *
 * @param scripts   each article's script ({@link Scripts})
 * @param anchors   language-independent anchors
 * @param terms     which words each article uses
 * @param usage     the words weighted by how often each is used
 * @param leads     the words and anchors of each lead
 * @param headlines each headline's letter runs ({@link Spelling})
 * @param openings  the letter runs of each headline and first paragraph
 */
record Views(Character.UnicodeScript[] scripts, FeatureVectors anchors, FeatureVectors terms, FeatureVectors usage,
             FeatureVectors leads, FeatureVectors headlines, FeatureVectors openings) {

    static Views of(List<AnalysedArticle> articles) {
        FeatureVectors.Words words = FeatureVectors.words(articles);
        return new Views(Scripts.of(articles), FeatureVectors.anchors(articles), words.terms(), words.usage(),
                FeatureVectors.leads(articles), FeatureVectors.spelled(articles, Views::headline),
                FeatureVectors.spelled(articles, Views::opening));
    }

    private static String headline(AnalysedArticle a) {
        return a.article().title() == null ? "" : a.article().title();
    }

    /** The headline and first paragraph: what a reader takes in before deciding what the story is. */
    private static String opening(AnalysedArticle a) {
        List<String> paragraphs = a.article().paragraphs();
        return headline(a) + "\n" + (paragraphs.isEmpty() ? "" : paragraphs.get(0));
    }

    /** A print of article i in every view: equal prints, equal vectors in each ({@link ScoreMemory}). */
    long print(int i) {
        return FeatureVectors.print(i, anchors, terms, usage, leads, headlines, openings);
    }
}

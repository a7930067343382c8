package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.Arrays;
import java.util.List;

/**
 * What a pair's comparison reads of each article besides its vectors, as plain numbers, since it runs for every
 * candidate pair: its language, and the size a translation keeps (numbers, paragraphs, sentences' lengths).
 *
 * @param languages  each article's language as an index: equal indexes, equal languages
 * @param numbers    how many numbers each article holds
 * @param paragraphs how many paragraphs
 * @param sentences  the letters of each sentence, in order
 */
record Shapes(int[] languages, int[] numbers, int[] paragraphs, int[][] sentences) {

    static Shapes of(List<AnalysedArticle> articles) {
        return new Shapes(languages(articles), articles.stream().mapToInt(a -> a.anchors().numbers().size()).toArray(),
                articles.stream().mapToInt(a -> a.article().paragraphs().size()).toArray(),
                articles.stream().map(a -> a.sentences().stream().mapToInt(Integer::intValue).toArray())
                        .toArray(int[][]::new));
    }

    /** Whether articles i and j have one language and one size. */
    boolean same(int i, int j) {
        return languages[i] == languages[j] && numbers[i] == numbers[j] && paragraphs[i] == paragraphs[j]
                && Arrays.equals(sentences[i], sentences[j]);
    }

    /** Each article's language as the index of its code among the corpus's codes, sorted (no language counts as one). */
    static int[] languages(List<AnalysedArticle> articles) {
        List<String> codes = articles.stream().map(a -> String.valueOf(a.article().lang())).distinct().sorted().toList();
        return articles.stream().mapToInt(a -> codes.indexOf(String.valueOf(a.article().lang()))).toArray();
    }
}

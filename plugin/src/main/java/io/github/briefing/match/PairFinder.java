package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The match stage. Each article becomes two vectors weighted by rarity (IDF) and kind: its language-independent
 * anchors and its words. Candidate pairs come from an inverted index over rare features and from near-duplicate
 * buckets, never from all pairs; each candidate is scored and its relation judged with the evidence kept.
 */
public final class PairFinder {

    /** Pairs below this similarity (a cosine near 0.02 in one view) are not reported at all. */
    static final double REPORTING_FLOOR = 0.30;

    public List<Match> find(List<AnalysedArticle> articles) {
        if (articles.size() < 2) {
            return List.of();
        }
        FeatureVectors anchors = FeatureVectors.anchors(articles);
        Character.UnicodeScript[] scripts = Scripts.of(articles);
        FeatureVectors.Words words = FeatureVectors.words(articles);
        List<PairScore> scores = score(articles, scripts, anchors, words.terms(), words.usage(),
                FeatureVectors.leads(articles));
        return new RelationJudge(articles, anchors, scripts).judge(scores).stream()
                .sorted(Comparator.comparing(Match::a).thenComparing(Match::b)).toList();
    }

    /**
     * Candidates across scripts by pairs of script-free anchors: within a script, names and words already propose
     * partners, and pairs of figures would only add pairs that share a topic.
     */
    static long[] crossScript(FeatureVectors anchors, Character.UnicodeScript[] scripts) {
        return CandidateIndex.pairs(FeatureVectors.anchorPairs(anchors),
                Arrays.stream(scripts).mapToInt(Enum::ordinal).toArray());
    }

    /** Every candidate pair with its scores. */
    static List<PairScore> score(List<AnalysedArticle> articles, Character.UnicodeScript[] scripts,
                                 FeatureVectors anchors, FeatureVectors terms, FeatureVectors usage,
                                 FeatureVectors leads) {
        int n = articles.size();
        long[] pairs = Stream.of(CandidateIndex.pairs(anchors), CandidateIndex.pairs(terms),
                        crossScript(anchors, scripts), NearDuplicates.pairs(terms))
                .flatMapToLong(Arrays::stream).distinct().toArray();
        return Arrays.stream(pairs).parallel()
                .mapToObj(p -> PairScore.of((int) (p / n), (int) (p % n), articles, scripts, anchors, terms,
                        usage, leads, REPORTING_FLOOR))
                .filter(Objects::nonNull).toList();
    }
}

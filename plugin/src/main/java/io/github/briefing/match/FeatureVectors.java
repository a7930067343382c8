package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles as sparse vectors of features weighted by rarity in the corpus (IDF) and by kind, with their norms:
 * one set for the language-independent anchors, one for the words.
 */
final class FeatureVectors {

    final List<Map<String, Double>> vectors;
    final double[] norms;
    final Map<String, Integer> df;

    private FeatureVectors(List<Map<String, Double>> raw) {
        df = new HashMap<>();
        raw.forEach(v -> v.keySet().forEach(f -> df.merge(f, 1, Integer::sum)));
        double n = raw.size();
        vectors = raw.stream().map(v -> {
            Map<String, Double> weighted = new HashMap<>(v.size() * 2);
            v.forEach((f, kindWeight) -> weighted.put(f, kindWeight * Math.log(1 + n / df.get(f))));
            return weighted;
        }).toList();
        norms = vectors.stream().mapToDouble(FeatureVectors::norm).toArray();
    }

    static FeatureVectors anchors(List<AnalysedArticle> articles) {
        return new FeatureVectors(articles.stream().map(FeatureVectors::anchorFeatures).toList());
    }

    static FeatureVectors terms(List<AnalysedArticle> articles) {
        return new FeatureVectors(articles.stream().map(a -> {
            Map<String, Double> f = new HashMap<>();
            put(f, "w:", a.terms(), 1.0);
            return f;
        }).toList());
    }

    /**
     * Anchor kinds differ in how much they say: a shared number or name says more than a shared country; a
     * consonant skeleton is a loose match and counts for half a name.
     */
    private static Map<String, Double> anchorFeatures(AnalysedArticle article) {
        Anchors anchors = article.anchors();
        Map<String, Double> f = new HashMap<>();
        put(f, "n:", anchors.names(), 1.0);
        put(f, "p:", anchors.places(), 0.6);
        put(f, "#:", anchors.numbers(), 1.2);
        put(f, "d:", anchors.dates(), 1.0);
        put(f, "a:", anchors.acronyms(), 0.8);
        put(f, "k:", article.skeletons(), 0.5);
        return f;
    }

    private static void put(Map<String, Double> f, String prefix, Set<String> values, double weight) {
        values.forEach(v -> f.put(prefix + v, weight));
    }

    double cosine(int i, int j) {
        return cosine(vectors.get(i), vectors.get(j), norms[i], norms[j]);
    }

    /** Cosine of two vectors given their norms. */
    static double cosine(Map<String, Double> x, Map<String, Double> y, double nx, double ny) {
        if (nx == 0 || ny == 0) {
            return 0;
        }
        Map<String, Double> small = x.size() <= y.size() ? x : y;
        Map<String, Double> large = small == x ? y : x;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return Math.min(1.0, dot / (nx * ny));
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
    }

}

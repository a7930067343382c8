package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The match stage. Each article becomes a vector of anchors weighted by rarity (IDF) and by kind; candidate pairs
 * come from an inverted index over the rare anchors only, never from all pairs; a candidate's score is the cosine
 * of the two vectors (the EMM NewsExplorer and Event Registry approach).
 */
public final class PairFinder {

    /** Pairs below this similarity are not reported at all. */
    static final double REPORTING_FLOOR = 0.10;
    static final double SAME_STORY = 0.35;
    static final double TRANSLATION = 0.60;
    /** An anchor in more articles than this share of the corpus is too common to propose candidates. */
    private static final double RARE_SHARE = 0.05;
    private static final int MIN_RARE_DF = 8;

    public List<Match> find(List<AnalysedArticle> articles) {
        int n = articles.size();
        List<Map<String, Double>> vectors = weightedVectors(articles);
        double[] norms = vectors.stream().mapToDouble(PairFinder::norm).toArray();
        Map<String, List<Integer>> index = rareIndex(vectors, Math.max(MIN_RARE_DF, (int) (n * RARE_SHARE)));
        return IntStream.range(0, n).parallel().boxed().flatMap(i -> {
            java.util.Set<Integer> candidates = new java.util.TreeSet<>();
            vectors.get(i).keySet().forEach(f -> index.getOrDefault(f, List.of()).stream()
                    .filter(j -> j > i).forEach(candidates::add));
            List<Match> found = new ArrayList<>();
            for (int j : candidates) {
                double score = cosine(vectors.get(i), vectors.get(j), norms[i], norms[j]);
                if (score >= REPORTING_FLOOR) {
                    found.add(match(articles.get(i), articles.get(j), score, vectors.get(i), vectors.get(j)));
                }
            }
            return found.stream();
        }).sorted(Comparator.comparing(Match::a).thenComparing(Match::b)).toList();
    }

    private static Match match(AnalysedArticle x, AnalysedArticle y, double score,
                               Map<String, Double> vx, Map<String, Double> vy) {
        boolean crossLingual = x.article().lang() != null && !x.article().lang().equals(y.article().lang());
        Relation relation = score >= TRANSLATION ? Relation.TRANSLATION
                : score >= SAME_STORY ? Relation.SAME_STORY : Relation.RELATED;
        AnalysedArticle first = x.id().compareTo(y.id()) <= 0 ? x : y;
        AnalysedArticle second = first == x ? y : x;
        double rounded = Math.round(score * 10000) / 10000.0;
        return new Match(first.id(), second.id(), rounded, relation, crossLingual, evidence(vx, vy));
    }

    private static Evidence evidence(Map<String, Double> vx, Map<String, Double> vy) {
        List<String> shared = vx.keySet().stream().filter(vy::containsKey)
                .sorted(Comparator.comparing((String f) -> -vx.get(f)).thenComparing(f -> f)).toList();
        return new Evidence(ofKind(shared, "n:"), ofKind(shared, "p:"), ofKind(shared, "#:"), ofKind(shared, "d:"),
                ofKind(shared, "a:"));
    }

    private static List<String> ofKind(List<String> features, String prefix) {
        return features.stream().filter(f -> f.startsWith(prefix)).map(f -> f.substring(2)).toList();
    }

    private static List<Map<String, Double>> weightedVectors(List<AnalysedArticle> articles) {
        List<Map<String, Double>> raw = articles.stream().map(a -> features(a.anchors())).toList();
        Map<String, Integer> df = new HashMap<>();
        raw.forEach(v -> v.keySet().forEach(f -> df.merge(f, 1, Integer::sum)));
        double n = articles.size();
        return raw.stream().map(v -> {
            Map<String, Double> weighted = new HashMap<>();
            v.forEach((f, kindWeight) -> weighted.put(f, kindWeight * Math.log(1 + n / df.get(f))));
            return weighted;
        }).toList();
    }

    /** Anchor kinds differ in how much they say: a shared number or name says more than a shared country. */
    private static Map<String, Double> features(Anchors anchors) {
        Map<String, Double> f = new HashMap<>();
        put(f, "n:", anchors.names(), 1.0);
        put(f, "p:", anchors.places(), 0.6);
        put(f, "#:", anchors.numbers(), 1.2);
        put(f, "d:", anchors.dates(), 1.0);
        put(f, "a:", anchors.acronyms(), 0.8);
        return f;
    }

    private static void put(Map<String, Double> f, String prefix, Set<String> values, double weight) {
        values.forEach(v -> f.put(prefix + v, weight));
    }

    private static Map<String, List<Integer>> rareIndex(List<Map<String, Double>> vectors, int maxDf) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < vectors.size(); i++) {
            for (String f : vectors.get(i).keySet()) {
                index.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
            }
        }
        index.values().removeIf(postings -> postings.size() > maxDf || postings.size() < 2);
        return index;
    }

    private static double norm(Map<String, Double> v) {
        return Math.sqrt(v.values().stream().mapToDouble(w -> w * w).sum());
    }

    private static double cosine(Map<String, Double> x, Map<String, Double> y, double nx, double ny) {
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
}

package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles as sparse vectors of features weighted by rarity in the corpus (IDF) and by kind, with their norms:
 * one set for the language-independent anchors, one for the words. Features are numbered and each vector is kept
 * sorted by number, so a cosine is one merge of two arrays.
 */
final class FeatureVectors {

    /** The feature names by number ("n:guaid", "#:1000"). */
    final List<String> names = new ArrayList<>();
    /** How many articles hold each feature. */
    final int[] df;
    final int[][] ids;
    final double[][] weights;
    final double[] norms;
    /** Whether a feature is of a kind every script writes alike (numbers, dates, places, acronyms). */
    private final boolean[] scriptFree;
    /** Norms over the script-free features only. */
    private final double[] scriptFreeNorms;

    /** @param raw each article's features with their weight: their kind's, times how often the article has them */
    private FeatureVectors(List<Map<String, Double>> raw) {
        Map<String, Integer> number = new HashMap<>();
        int n = raw.size();
        ids = new int[n][];
        double[][] given = new double[n][];
        for (int i = 0; i < n; i++) {
            List<Map.Entry<String, Double>> entries = new ArrayList<>(raw.get(i).entrySet());
            for (Map.Entry<String, Double> e : entries) {
                number.computeIfAbsent(e.getKey(), f -> {
                    names.add(f);
                    return names.size() - 1;
                });
            }
            entries.sort(Comparator.comparingInt(e -> number.get(e.getKey())));
            ids[i] = entries.stream().mapToInt(e -> number.get(e.getKey())).toArray();
            given[i] = entries.stream().mapToDouble(Map.Entry::getValue).toArray();
        }
        df = new int[names.size()];
        for (int[] vector : ids) {
            for (int f : vector) {
                df[f]++;
            }
        }
        scriptFree = new boolean[names.size()];
        for (int f = 0; f < scriptFree.length; f++) {
            scriptFree[f] = SCRIPT_FREE.indexOf(names.get(f).charAt(0)) >= 0;
        }
        weights = new double[n][];
        norms = new double[n];
        scriptFreeNorms = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = new double[ids[i].length];
            double sum = 0;
            double free = 0;
            for (int k = 0; k < ids[i].length; k++) {
                int f = ids[i][k];
                double w = given[i][k] * Math.log(1 + n / (double) df[f]);
                weights[i][k] = w;
                sum += w * w;
                free += scriptFree[f] ? w * w : 0;
            }
            norms[i] = Math.sqrt(sum);
            scriptFreeNorms[i] = Math.sqrt(free);
        }
    }

    /** The prefixes of the script-free kinds of anchor. */
    private static final String SCRIPT_FREE = "#dpa";

    static FeatureVectors anchors(List<AnalysedArticle> articles) {
        return new FeatureVectors(articles.stream().map(FeatureVectors::anchorFeatures).toList());
    }

    /**
     * Pairs of each article's rarest script-free anchors, for finding candidates only: a Japanese article and its
     * English original may share nothing rare but their figures and dates, each common alone ("24", "2020") and
     * together rare ("24 & 2020").
     */
    static FeatureVectors anchorPairs(FeatureVectors anchors) {
        List<Map<String, Double>> raw = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            int[] vector = anchors.ids[i];
            int[] rarest = Arrays.stream(vector).filter(f -> anchors.scriptFree[f] && anchors.df[f] >= 2).boxed()
                    .sorted((a, b) -> Integer.compare(anchors.df[a], anchors.df[b])).limit(PAIRED_ANCHORS)
                    .mapToInt(Integer::intValue).sorted().toArray();
            Map<String, Double> pairs = new HashMap<>();
            for (int a = 0; a < rarest.length; a++) {
                for (int b = a + 1; b < rarest.length; b++) {
                    pairs.put(rarest[a] + "&" + rarest[b], 1.0);
                }
            }
            raw.add(pairs);
        }
        return new FeatureVectors(raw);
    }

    /** Script-free anchors an article pairs: 8 give 28 pairs, enough for a translation to meet its original. */
    static final int PAIRED_ANCHORS = 8;

    /** Which words each article uses: what the relations are judged on (see {@link #usage}). */
    static FeatureVectors terms(List<AnalysedArticle> articles) {
        return new FeatureVectors(articles.stream().map(a -> {
            Map<String, Double> f = new HashMap<>();
            a.terms().keySet().forEach(term -> f.put("w:" + term, 1.0));
            return f;
        }).toList());
    }

    /**
     * The words weighted by how often each article uses them: what the article is about, for the grade reported.
     * Relations are judged on {@link #terms}: in a small corpus rarity cannot discount the words every text uses,
     * and counted they make any two texts of one language alike.
     */
    static FeatureVectors usage(List<AnalysedArticle> articles) {
        return new FeatureVectors(articles.stream().map(a -> {
            Map<String, Double> f = new HashMap<>();
            a.terms().forEach((term, count) -> f.put("w:" + term, often(count)));
            return f;
        }).toList());
    }

    /**
     * The lead's words and anchors, weighted by kind as in the whole article: whether two articles open on the
     * same story, however much background or boilerplate follows.
     */
    static FeatureVectors leads(List<AnalysedArticle> articles) {
        return new FeatureVectors(articles.stream().map(a -> {
            Map<String, Double> f = new HashMap<>();
            a.lead().forEach((feature, count) -> f.put(feature, KIND_WEIGHTS.get(feature.substring(0, 2)) * often(count)));
            return f;
        }).toList());
    }

    /**
     * A word used more often says more about what the article is about, with diminishing returns: the story's
     * subject named ten times is not ten times the evidence of a word used once.
     */
    static double often(int count) {
        return 1 + Math.log(Math.max(1, count));
    }

    /**
     * Anchor kinds differ in how much they say: a shared number or name says more than a shared country; a
     * consonant skeleton is a loose match and counts for half a name. Words count as much as names, and so does a
     * number written in words ("second" may also say "both", as "kedua" does), less than one in digits.
     */
    private static final Map<String, Double> KIND_WEIGHTS = Map.of("n:", 1.0, "p:", 0.6, "#:", 1.2, "s:", 1.0,
            "d:", 1.0, "a:", 0.8, "k:", 0.5, "w:", 1.0);

    private static Map<String, Double> anchorFeatures(AnalysedArticle article) {
        Anchors anchors = article.anchors();
        Map<String, Double> f = new HashMap<>();
        put(f, "n:", anchors.names());
        put(f, "p:", anchors.places());
        put(f, "#:", anchors.numbers());
        put(f, "s:", anchors.spelled());
        put(f, "d:", anchors.dates());
        put(f, "a:", anchors.acronyms());
        put(f, "k:", article.skeletons());
        return f;
    }

    private static void put(Map<String, Double> f, String prefix, Set<String> values) {
        double weight = KIND_WEIGHTS.get(prefix);
        values.forEach(v -> f.put(prefix + v, weight));
    }

    int size() {
        return ids.length;
    }

    double cosine(int i, int j) {
        if (norms[i] == 0 || norms[j] == 0) {
            return 0;
        }
        int[] x = ids[i];
        int[] y = ids[j];
        double dot = 0;
        for (int a = 0, b = 0; a < x.length && b < y.length; ) {
            if (x[a] == y[b]) {
                dot += weights[i][a++] * weights[j][b++];
            } else if (x[a] < y[b]) {
                a++;
            } else {
                b++;
            }
        }
        return Math.min(1.0, dot / (norms[i] * norms[j]));
    }

    /**
     * The cosine over all features, and over the script-free ones only: names in kanji share nothing with their
     * Latin spelling, so a Japanese article and its English original compare by numbers, dates and places.
     */
    double[] cosines(int i, int j) {
        if (norms[i] == 0 || norms[j] == 0) {
            return new double[2];
        }
        int[] x = ids[i];
        int[] y = ids[j];
        double dot = 0;
        double free = 0;
        for (int a = 0, b = 0; a < x.length && b < y.length; ) {
            if (x[a] == y[b]) {
                double d = weights[i][a++] * weights[j][b++];
                dot += d;
                free += scriptFree[y[b - 1]] ? d : 0;
            } else if (x[a] < y[b]) {
                a++;
            } else {
                b++;
            }
        }
        double freeNorms = scriptFreeNorms[i] * scriptFreeNorms[j];
        return new double[] {Math.min(1.0, dot / (norms[i] * norms[j])),
            freeNorms == 0 ? 0 : Math.min(1.0, free / freeNorms)};
    }

    /** The features two articles share, heaviest first. */
    List<String> shared(int i, int j) {
        List<Integer> common = new ArrayList<>();
        int[] y = ids[j];
        for (int a = 0; a < ids[i].length; a++) {
            if (Arrays.binarySearch(y, ids[i][a]) >= 0) {
                common.add(a);
            }
        }
        common.sort((a, b) -> Double.compare(weights[i][b], weights[i][a]));
        return common.stream().map(a -> names.get(ids[i][a])).toList();
    }
}

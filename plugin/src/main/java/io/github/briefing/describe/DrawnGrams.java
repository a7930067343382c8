package io.github.briefing.describe;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Optimaize's detection of a text longer than its short-text limit, without a string per n-gram. The library cuts
 * the whole text into every 1-, 2- and 3-gram as a string (some 6,000 for a 2,000-character sample), then draws a few
 * hundred of them at random and looks each up in a map of strings (a hash and a comparison, mostly cache misses).
 * This keeps each gram as its place in the text, draws the same indices from the same seeded {@link Random} and
 * looks a drawn gram up by its characters packed in a number, in a table of the library's own probability arrays;
 * the probabilities, each step of their arithmetic in the library's order, and the language named are the
 * library's ({@code LanguageIdentifierTest} holds them against it). What it reproduces (written anew, from the
 * behaviour of {@code LanguageDetectorImpl} and {@code NgramExtractor} of language-detector 0.6 with the builder's
 * defaults): the text padded with a space at both ends; all 1-grams but a space, all 2-grams, the 3-grams without
 * a space in the middle, in that order; seven trials from seed 41, each with alpha 0.5 plus 0.05 of a Gaussian draw, up to 1,000 draws, the probabilities
 * normalised every fifth and the trial stopped above 0.99999; the mean of the trials; the first language of greatest
 * probability at or above 0.1.
 */
final class DrawnGrams {

    /** Texts of at most this many characters take the library's short-text algorithm ({@code shortTextAlgorithm}). */
    static final int SHORT_TEXT = 50;
    private static final long SEED = 41;
    private static final int TRIALS = 7;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int DRAWS = 1000;
    private static final double CONVERGED = 0.99999;
    private static final double BASE_FREQ = 10000;
    private static final double THRESHOLD = 0.1;
    private final NgramFrequencyData data;
    private final int languages;
    /** Open addressing: each profile gram's packed characters ({@link #key}) and the library's array for it. */
    private final long[] keys;
    private final double[][] probabilities;

    /**
     * The profiles' n-gram probabilities, with the languages in the library's order: its builder adds the profiles
     * to a {@link HashSet} one by one, whose order follows their hash codes and that insertion order.
     */
    DrawnGrams(List<LanguageProfile> profiles) {
        Set<LanguageProfile> set = new HashSet<>();
        set.addAll(profiles);
        this.data = NgramFrequencyData.create(set, NgramExtractors.standard().getGramLengths());
        this.languages = data.getLanguageList().size();
        Set<String> grams = new HashSet<>();
        for (LanguageProfile profile : profiles) {
            for (int length : NgramExtractors.standard().getGramLengths()) {
                profile.iterateGrams(length).forEach(gram -> grams.add(gram.getKey()));
            }
        }
        int slots = Integer.highestOneBit(Math.max(1, grams.size()) * 2) * 2;
        this.keys = new long[slots];
        this.probabilities = new double[slots][];
        for (String gram : grams) {
            double[] probability = data.getProbabilities(gram);
            if (probability != null) {
                int slot = slot(key(gram, 0, gram.length()));
                keys[slot] = key(gram, 0, gram.length());
                probabilities[slot] = probability;
            }
        }
    }

    /** A gram of one to three characters as one number: its length, then its characters, 16 bits each. */
    private static long key(String text, int start, int length) {
        long key = length;
        for (int i = start; i < start + length; i++) {
            key = key << 16 | text.charAt(i);
        }
        return key;
    }

    /** The slot of {@code key}, or of the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    /** The most probable language of a text longer than {@link #SHORT_TEXT}, or null when none reaches 0.1. */
    LdLocale best(CharSequence text) {
        String padded = padded(text);
        int[] grams = grams(padded);
        if (grams.length == 0) {
            return null;
        }
        double[] mean = new double[languages];
        Random random = new Random(SEED);
        for (int t = 0; t < TRIALS; t++) {
            double[] prob = new double[languages];
            for (int j = 0; j < languages; j++) {
                prob[j] = 1.0 / languages;
            }
            double alpha = ALPHA + random.nextGaussian() * ALPHA_WIDTH;
            for (int i = 0; i < DRAWS; i++) {
                int r = random.nextInt(grams.length);
                update(prob, probabilities[slot(key(padded, grams[r] >>> 2, grams[r] & 3))], alpha);
                if (i % 5 == 0 && normalized(prob) > CONVERGED) {
                    break;
                }
            }
            for (int j = 0; j < languages; j++) {
                mean[j] += prob[j] / TRIALS;
            }
        }
        int best = -1;
        for (int j = 0; j < languages; j++) {
            // the library keeps p >= 0.1 and sorts stably by descending probability (Double.compare)
            if (mean[j] >= THRESHOLD && (best < 0 || Double.compare(mean[j], mean[best]) > 0)) {
                best = j;
            }
        }
        return best < 0 ? null : data.getLanguage(best);
    }

    private static String padded(CharSequence text) {
        String s = text.toString();
        if (s.isEmpty() || s.charAt(0) == ' ' && s.charAt(s.length() - 1) == ' ') {
            return s;
        }
        return (s.charAt(0) == ' ' ? "" : " ") + s + (s.charAt(s.length() - 1) == ' ' ? "" : " ");
    }

    /** The kept grams in the library's order, each as its start times four plus its length. */
    private static int[] grams(String text) {
        int len = text.length();
        int[] grams = new int[3 * len];
        int n = 0;
        for (int length = 1; length <= 3; length++) {
            for (int pos = 0; pos + length <= len; pos++) {
                boolean kept = switch (length) {
                    case 1 -> text.charAt(pos) != ' ';
                    case 2 -> true;
                    default -> text.charAt(pos + 1) != ' ';
                };
                if (kept) {
                    grams[n++] = pos << 2 | length;
                }
            }
        }
        return Arrays.copyOf(grams, n);
    }

    private static void update(double[] prob, double[] langProb, double alpha) {
        if (langProb == null) {
            return;
        }
        double weight = alpha / BASE_FREQ;
        for (int j = 0; j < prob.length; j++) {
            prob[j] *= weight + langProb[j];
        }
    }

    /** Util.normalizeProb: the probabilities divided by their sum, the largest returned. */
    private static double normalized(double[] prob) {
        double max = 0;
        double sum = 0;
        for (double p : prob) {
            sum += p;
        }
        for (int j = 0; j < prob.length; j++) {
            double p = prob[j] / sum;
            if (max < p) {
                max = p;
            }
            prob[j] = p;
        }
        return max;
    }
}

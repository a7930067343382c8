package io.github.briefing.match;

import java.util.Arrays;

/**
 * One article's features as listed, each once, with its weight. Listing a name hashes it (in parallel) and keeps the
 * hash beside it, so that numbering the names reads neither a string nor its hash from memory but to tell two names
 * of one hash apart.
 */
final class Listed {

    String[] names;
    int[] hashes;
    double[] weights;
    int size;

    /** @param expected how many features the article has, as far as the caller can tell */
    Listed(int expected) {
        names = new String[Math.max(1, expected)];
        hashes = new int[names.length];
        weights = new double[names.length];
    }

    Listed add(String name, double weight) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        names[size] = name;
        hashes[size] = name.hashCode();
        weights[size++] = weight;
        return this;
    }
}

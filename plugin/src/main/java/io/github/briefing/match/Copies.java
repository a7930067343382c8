package io.github.briefing.match;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Articles that carry one text: a wire story run by many outlets, each copy with a headline or a line of its own.
 * Found among the near-duplicate candidates ({@link NearDuplicates}) by how alike their words are. The candidate index
 * counts a group once: k copies of one text would otherwise make its rare words look common and fill every copy's
 * proposals with the other copies, so that the stories it shares with other texts were never proposed (at 100,000
 * bench articles, 25 copies of each text, 95% of the matches between distinct texts were lost).
 */
final class Copies {

    /**
     * A word cosine this high is one text with small edits: near-duplicate signatures are tuned to meet sets 80%
     * alike ({@link NearDuplicates}), and two outlets' own tellings of one event share far fewer of their words.
     */
    static final double SAME_WORDS = 0.8;

    /** Each article's group, named by its first article (itself when no other article carries its text). */
    private final int[] first;
    /** The articles ordered by group, then by number: a group's members side by side. */
    private final int[] byGroup;

    private Copies(int[] first) {
        this.first = first;
        this.byGroup = IntStream.range(0, first.length).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> first[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    /** No article a copy of another. */
    static Copies none(int n) {
        return new Copies(IntStream.range(0, n).toArray());
    }

    /**
     * The groups of copies among {@code nearDuplicates} (pairs {@code i * n + j}): each pair whose {@code terms}
     * vectors are alike enough joins its two articles' groups.
     */
    static Copies of(long[] nearDuplicates, FeatureVectors terms) {
        int n = terms.size();
        boolean[] alike = new boolean[nearDuplicates.length];
        IntStream.range(0, nearDuplicates.length).parallel().forEach(k ->
                alike[k] = terms.cosine((int) (nearDuplicates[k] / n), (int) (nearDuplicates[k] % n)) >= SAME_WORDS);
        int[] parent = IntStream.range(0, n).toArray();
        for (int k = 0; k < nearDuplicates.length; k++) {
            if (alike[k]) {
                int a = root(parent, (int) (nearDuplicates[k] / n));
                int b = root(parent, (int) (nearDuplicates[k] % n));
                // The smaller number is the root, so that a group is named by its first article.
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = root(parent, i);
        }
        return new Copies(first);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The first article of i's group: the one that stands for the group in the candidate index. */
    int first(int i) {
        return first[i];
    }

    /**
     * How many groups hold each feature of {@code features}: its document frequency with each text counted once.
     * Without copies, the feature's document frequency.
     */
    int[] groupsHolding(FeatureVectors features) {
        int[] count = new int[features.df.length];
        int[] lastGroup = new int[features.df.length];
        Arrays.fill(lastGroup, -1);
        for (int i : byGroup) {
            for (int f : features.ids[i]) {
                if (lastGroup[f] != first[i]) {
                    lastGroup[f] = first[i];
                    count[f]++;
                }
            }
        }
        return count;
    }

    /**
     * Each group's members linked one to the next, in number order ({@code i * n + j}): the candidate index proposes
     * no copy to its own group, and the near-duplicate buckets link each copy to a bucket's first article only, whose
     * headline may differ from the copies' own; copies judged one telling among themselves then stay one story.
     */
    long[] chains() {
        int n = first.length;
        return IntStream.range(1, n).filter(k -> first[byGroup[k]] == first[byGroup[k - 1]])
                .mapToLong(k -> byGroup[k - 1] * (long) n + byGroup[k]).toArray();
    }

    /** Whether both group the articles alike. */
    boolean sameAs(Copies other) {
        return other != null && Arrays.equals(first, other.first);
    }
}

package io.github.briefing.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligns the paragraphs of a text and its translation, in order, as Gale and Church align sentences: a dynamic
 * programme over 1-1, 2-1, 1-2 and unmatched steps, where similar relative length and shared anchors make a
 * step cheap. Quadratic in the paragraphs of one pair; a long text has hundreds, so each step costs no allocation:
 * anchors are numbered and each paragraph's (and each two neighbours') kept as a sorted array.
 */
final class ParagraphAligner {

    /** One step: paragraphs [a0, a1) of the first text beside [b0, b1) of the second. */
    record Step(int a0, int a1, int b0, int b1) {
    }

    private static final double UNMATCHED = 0.5;
    private static final double MERGE = 0.25;
    private static final int[][] MOVES = {{1, 1}, {2, 1}, {1, 2}, {1, 0}, {0, 1}};
    private static final int[] NONE = new int[0];

    private ParagraphAligner() {
    }

    static List<Step> align(List<String> a, List<String> b, Function<String, Set<String>> anchors) {
        Map<String, Integer> numbers = new HashMap<>();
        Side sa = new Side(a, anchors, numbers);
        Side sb = new Side(b, anchors, numbers);
        int n = a.size();
        int m = b.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            Arrays.fill(row, Double.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (cost[i][j] == Double.MAX_VALUE) {
                    continue;
                }
                for (int k = 0; k < MOVES.length; k++) {
                    int di = MOVES[k][0];
                    int dj = MOVES[k][1];
                    if (i + di > n || j + dj > m) {
                        continue;
                    }
                    double c = cost[i][j] + stepCost(i, di, j, dj, sa, sb);
                    if (c < cost[i + di][j + dj]) {
                        cost[i + di][j + dj] = c;
                        move[i + di][j + dj] = k;
                    }
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = n, j = m; i > 0 || j > 0; ) {
            int[] mv = MOVES[move[i][j]];
            steps.add(new Step(i - mv[0], i, j - mv[1], j));
            i -= mv[0];
            j -= mv[1];
        }
        Collections.reverse(steps);
        return steps;
    }

    /**
     * The cost of paragraphs [a0, a0 + da) beside [b0, b0 + db): how far their shares of their texts' lengths
     * differ, less how many anchors they share (twice the common ones over both sides' counts), plus a charge
     * for joining two.
     */
    static double stepCost(int a0, int da, int b0, int db, Side a, Side b) {
        if (da == 0 || db == 0) {
            return UNMATCHED;
        }
        double x = a.length(a0, da);
        double y = b.length(b0, db);
        double length = 1 - Math.min(x, y) / Math.max(Math.max(x, y), 1e-9);
        int[] sa = a.anchors(a0, da);
        int[] sb = b.anchors(b0, db);
        int union = sa.length + sb.length;
        double overlap = union == 0 ? 0 : 2.0 * common(sa, sb) / union;
        return length - overlap + (da + db > 2 ? MERGE : 0);
    }

    /** How many numbers two sorted arrays of distinct numbers share. */
    private static int common(int[] x, int[] y) {
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }

    /** One text's paragraphs as the steps read them: length shares and anchor numbers, alone and two by two. */
    static final class Side {
        private final double[] shares;
        private final int[][] one;
        private final int[][] two;

        Side(List<String> paragraphs, Function<String, Set<String>> anchors, Map<String, Integer> numbers) {
            double total = Math.max(1, paragraphs.stream().mapToInt(String::length).sum());
            int n = paragraphs.size();
            shares = new double[n];
            one = new int[n][];
            two = new int[n][];
            for (int i = 0; i < n; i++) {
                shares[i] = paragraphs.get(i).length() / total;
                one[i] = numbered(anchors.apply(paragraphs.get(i)), numbers);
            }
            for (int i = 0; i + 1 < n; i++) {
                two[i] = union(one[i], one[i + 1]);
            }
        }

        /** The share of paragraphs [from, from + count), summed as they come (the same sum in the same order). */
        double length(int from, int count) {
            double sum = 0;
            for (int i = from; i < from + count; i++) {
                sum += shares[i];
            }
            return sum;
        }

        int[] anchors(int from, int count) {
            return count == 1 ? one[from] : two[from];
        }

        private static int[] numbered(Set<String> anchors, Map<String, Integer> numbers) {
            if (anchors.isEmpty()) {
                return NONE;
            }
            int[] ids = new int[anchors.size()];
            int k = 0;
            for (String anchor : anchors) {
                Integer id = numbers.get(anchor);
                if (id == null) {
                    id = numbers.size();
                    numbers.put(anchor, id);
                }
                ids[k++] = id;
            }
            Arrays.sort(ids);
            return ids;
        }

        /** The union of two sorted arrays of distinct numbers, sorted. */
        private static int[] union(int[] x, int[] y) {
            int[] all = new int[x.length + y.length];
            int k = 0;
            int i = 0;
            int j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] < y[j]) {
                    all[k++] = x[i++];
                } else if (x[i] > y[j]) {
                    all[k++] = y[j++];
                } else {
                    all[k++] = x[i++];
                    j++;
                }
            }
            while (i < x.length) {
                all[k++] = x[i++];
            }
            while (j < y.length) {
                all[k++] = y[j++];
            }
            return k == all.length ? all : Arrays.copyOf(all, k);
        }
    }
}

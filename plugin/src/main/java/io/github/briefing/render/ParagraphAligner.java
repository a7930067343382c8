package io.github.briefing.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligns the paragraphs of a text and its translation, in order, as Gale and Church align sentences: a dynamic
 * programme over 1-1, 2-1, 1-2 and unmatched steps, where similar relative length and shared anchors make a
 * step cheap. Quadratic in the paragraphs of one pair, which are few.
 */
final class ParagraphAligner {

    /** One step: paragraphs [a0, a1) of the first text beside [b0, b1) of the second. */
    record Step(int a0, int a1, int b0, int b1) {
    }

    private static final double UNMATCHED = 0.5;
    private static final double MERGE = 0.25;
    private static final int[][] MOVES = {{1, 1}, {2, 1}, {1, 2}, {1, 0}, {0, 1}};

    private ParagraphAligner() {
    }

    static List<Step> align(List<String> a, List<String> b, Function<String, Set<String>> anchors) {
        double[] la = shares(a);
        double[] lb = shares(b);
        List<Set<String>> aa = a.stream().map(anchors).toList();
        List<Set<String>> ab = b.stream().map(anchors).toList();
        int n = a.size();
        int m = b.size();
        double[][] cost = new double[n + 1][m + 1];
        int[][] move = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
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
                    double c = cost[i][j] + stepCost(i, i + di, j, j + dj, la, lb, aa, ab);
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
            steps.add(0, new Step(i - mv[0], i, j - mv[1], j));
            i -= mv[0];
            j -= mv[1];
        }
        return steps;
    }

    private static double stepCost(int a0, int a1, int b0, int b1, double[] la, double[] lb,
                                   List<Set<String>> aa, List<Set<String>> ab) {
        if (a0 == a1 || b0 == b1) {
            return UNMATCHED;
        }
        double x = 0;
        double y = 0;
        Set<String> sa = new java.util.HashSet<>();
        Set<String> sb = new java.util.HashSet<>();
        for (int i = a0; i < a1; i++) {
            x += la[i];
            sa.addAll(aa.get(i));
        }
        for (int j = b0; j < b1; j++) {
            y += lb[j];
            sb.addAll(ab.get(j));
        }
        double length = 1 - Math.min(x, y) / Math.max(Math.max(x, y), 1e-9);
        int union = sa.size() + sb.size();
        sa.retainAll(sb);
        double overlap = union == 0 ? 0 : 2.0 * sa.size() / union;
        return length - overlap + (a1 - a0 + b1 - b0 > 2 ? MERGE : 0);
    }

    /** Each paragraph's share of its text's length. */
    private static double[] shares(List<String> paragraphs) {
        double total = Math.max(1, paragraphs.stream().mapToInt(String::length).sum());
        return paragraphs.stream().mapToDouble(p -> p.length() / total).toArray();
    }
}

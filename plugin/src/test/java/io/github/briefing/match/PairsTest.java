package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PairsTest {

    @Test
    void eachPairIsKeptOnceInTheOrderFirstSeen() {
        assertArrayEquals(new long[] {7, 3, 0, 12, 9}, Pairs.distinct(new long[] {7, 3, 7, 0}, new long[] {},
                new long[] {12, 0, 3, 9, 9}));
        assertArrayEquals(new long[0], Pairs.distinct());
    }

    @Test
    void pairsAreOrderedByThePairsTheirArticlesStandFor() {
        int n = 5;
        long[] pairs = {3 * n + 4, 0 * n + 2, 3 * n + 1, 1 * n + 2, 0 * n + 1, 3 * n + 0, 4 * n + 2, 1 * n + 0};
        int[] themselves = {0, 1, 2, 3, 4};
        assertArrayEquals(new int[] {4, 1, 7, 3, 5, 2, 0, 6}, Pairs.inOrderOf(pairs, n, themselves));
        // Article 4 stands in for itself no longer but for 1, whose pairs it joins, by their second articles.
        int[] fourAsOne = {0, 1, 2, 3, 1};
        assertArrayEquals(new int[] {4, 1, 7, 3, 6, 5, 0, 2}, Pairs.inOrderOf(pairs, n, fourAsOne));
        assertArrayEquals(new int[0], Pairs.inOrderOf(new long[0], n, themselves));
    }

    @Test
    void manyPairsAreKeptLikeAStreamsDistinct() {
        Random random = new Random(5);
        long[] pairs = random.longs(20_000, 0, 5_000).toArray();
        assertArrayEquals(LongStream.of(pairs).distinct().toArray(), Pairs.distinct(pairs));
    }

    @Test
    void pairsAreNumberedByFirstAppearanceAcrossTheLists() {
        Random random = new Random(7);
        long[][] lists = new long[300][];
        Arrays.setAll(lists, i -> random.longs(random.nextInt(30), 0, 2_000).toArray());
        Map<Long, Integer> reference = new LinkedHashMap<>();
        for (long[] list : lists) {
            for (long pair : list) {
                reference.putIfAbsent(pair, reference.size());
            }
        }
        LongStream.Builder first = LongStream.builder();
        int[][] numbered = Pairs.numbered(lists, first::add);
        for (int i = 0; i < lists.length; i++) {
            assertArrayEquals(Arrays.stream(lists[i]).mapToInt(reference::get).toArray(), numbered[i]);
        }
        assertArrayEquals(reference.keySet().stream().mapToLong(Long::longValue).toArray(), first.build().toArray());
    }

    @Test
    void theStrongestProposalsAreThoseAPriorityQueueKeeps() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(60);
            double[] weight = new double[n];
            // Few distinct weights, so that ties are common and their order is tested too.
            Arrays.setAll(weight, j -> 1 + random.nextInt(4));
            int[] proposed = random.ints(0, n).distinct().limit(n).toArray();
            PriorityQueue<Integer> queue = new PriorityQueue<>((a, b) -> Double.compare(weight[a], weight[b]));
            for (int j : proposed) {
                queue.add(j);
                if (queue.size() > CandidateIndex.PER_ARTICLE) {
                    queue.poll();
                }
            }
            assertArrayEquals(queue.stream().mapToInt(Integer::intValue).toArray(),
                    CandidateIndex.strongest(proposed, n, weight));
        }
    }
}

package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PairCacheTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);
    private static final List<AnalysedArticle> ARTICLES = List.of(
            Fixtures.analysed("a", "en", DAY, "Ferry resumes", "The ferry left Tallinn."),
            Fixtures.analysed("b", "de", DAY, "Fähre fährt", "Die Fähre verließ Tallinn."),
            Fixtures.analysed("c", "en", DAY, "Frost in Styria", "Farmers lost apples."));
    private static final Map<String, String> INPUTS = Map.of("a", "input a", "b", "input b", "c", "input c");
    private static final long[] PRINTS = {11, 22, 33};
    private static final double[] SCORES = {0.5, 0.25, 1, 0.75, 0, 0.125, 0.375};

    /** A build that scored a-b and a-c (n = 3: pair i * 3 + j), the second below the floor. */
    private static void firstBuild(Path folder) throws Exception {
        PairCache cache = PairCache.open(folder, INPUTS);
        cache.begin(ARTICLES, i -> PRINTS[i]);
        cache.remember(new long[] {1, 2}, k -> k == 0 ? SCORES : new double[0]);
        cache.save();
    }

    @Test
    void recallsAPairWhoseArticlesAndPrintsAreUnchanged(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        PairCache cache = PairCache.open(folder, INPUTS);
        cache.begin(ARTICLES, i -> PRINTS[i]);

        assertArrayEquals(SCORES, cache.recall(0, 1));
        assertEquals(0, cache.recall(0, 2).length, "below the floor, and known to be");
        assertNull(cache.recall(1, 2), "never scored");
        assertEquals(2, cache.recalled());
    }

    @Test
    void rescoresPairsOfAnArticleWhoseInputChanged(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        PairCache cache = PairCache.open(folder, Map.of("a", "input a", "b", "input b, edited", "c", "input c"));
        cache.begin(ARTICLES, i -> PRINTS[i]);

        assertNull(cache.recall(0, 1));
        assertEquals(0, cache.recall(0, 2).length);
    }

    @Test
    void rescoresPairsOfAnArticleWhoseFeaturesChangedInRarity(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        PairCache cache = PairCache.open(folder, INPUTS);
        cache.begin(ARTICLES, i -> new long[] {11, 22, 34}[i]);

        assertArrayEquals(SCORES, cache.recall(0, 1));
        assertNull(cache.recall(0, 2));
    }

    @Test
    void findsPairsByArticleNotByPosition(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        PairCache cache = PairCache.open(folder, INPUTS);
        List<AnalysedArticle> withOneMore = List.of(
                Fixtures.analysed("0", "en", DAY, "Earlier", "An article sorted first."),
                ARTICLES.get(0), ARTICLES.get(1), ARTICLES.get(2));
        cache.begin(withOneMore, i -> new long[] {5, 11, 22, 33}[i]);

        assertArrayEquals(SCORES, cache.recall(1, 2));
        assertNull(cache.recall(0, 1));
    }

    @Test
    void aDamagedFileRecallsNothing(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        Path file = folder.resolve("pairs.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 9));
        PairCache cache = PairCache.open(folder, INPUTS);
        cache.begin(ARTICLES, i -> PRINTS[i]);

        assertNull(cache.recall(0, 1));
    }

    @Test
    void aScoreChangedOnDiskRecallsNothing(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        Path file = folder.resolve("pairs.bin");
        byte[] bytes = Files.readAllBytes(file);
        // A byte of the a-b pair's last score: before the a-c pair (8 + 1 bytes) and the checksum (8).
        bytes[bytes.length - 8 - 9 - 3] ^= 0x10;
        Files.write(file, bytes);
        PairCache cache = PairCache.open(folder, INPUTS);
        cache.begin(ARTICLES, i -> PRINTS[i]);

        assertNull(cache.recall(0, 1), "a damaged file is known by its checksum, not read as other scores");
    }

    @Test
    void recallsEachOfManyPairsWithItsOwnScores(@TempDir Path folder) throws Exception {
        int n = 80;
        List<AnalysedArticle> many = java.util.stream.IntStream.range(0, n).mapToObj(i -> Fixtures.analysed(
                String.format("%03d", i), "en", DAY, "Headline " + i, "Text " + i + ".")).toList();
        Map<String, String> inputs = new java.util.HashMap<>();
        many.forEach(a -> inputs.put(a.id(), "input " + a.id()));
        // every pair but those of article 0, each with scores of its own
        long[] pairs = java.util.stream.IntStream.range(1, n).boxed()
                .flatMapToLong(i -> java.util.stream.LongStream.range(i + 1, n).map(j -> i * (long) n + j)).toArray();
        double[][] scores = java.util.Arrays.stream(pairs).mapToObj(p -> new double[] {p / 7.0, p % 7}).toArray(double[][]::new);
        PairCache first = PairCache.open(folder, inputs);
        first.begin(many, i -> i);
        first.remember(pairs, k -> scores[k]);
        first.save();

        PairCache cache = PairCache.open(folder, inputs);
        cache.begin(many, i -> i);
        for (int k = 0; k < pairs.length; k++) {
            assertArrayEquals(scores[k], cache.recall((int) (pairs[k] / n), (int) (pairs[k] % n)));
        }
        for (int j = 1; j < n; j++) {
            assertNull(cache.recall(0, j));
        }
        assertEquals(pairs.length, cache.recalled());
    }
}

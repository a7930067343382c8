package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.LeadFigure;
import io.github.briefing.analyse.Spelling;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCacheTest {

    private static RawArticle raw(int i) {
        return new RawArticle("a" + i, Path.of("a" + i + ".txt"), 0, "Text of article " + i + ", 25 ferries late",
                GivenFacts.NONE);
    }

    private static AnalysedArticle analysed(RawArticle raw) {
        // Half the headlines lead with a figure of their own, the others leave it to the first paragraph.
        String title = "Title " + raw.id() + (raw.id().hashCode() % 2 == 0 ? ": 140 ships wait" : "");
        Article article = new Article(raw.id(), raw.file(), "en", title, false, LocalDate.of(2021, 3, 4),
                DateBasis.TEXT, null, "Coast Daily", "text", List.of(), null, null, List.of(raw.text()), List.of());
        Anchors anchors = new Anchors(Set.of("harbour", "ferry"), Set.of("hafen", "fare"), Set.of("fare"),
                Set.of("GB"), Set.of("12"), Set.of(), Set.of(), Set.of());
        return new AnalysedArticle(article, anchors, List.of("n:harbour", "c:hafen", "p:GB"), Set.of("hrbr"),
                Map.of("harb", 3, "ferr", 1, "reop", 2), Map.of("harb", 1), List.of(12, 30),
                new Spelling("title " + raw.id(), "text article"), LeadFigure.of(article));
    }

    private static List<RawArticle> corpus() {
        return IntStream.range(0, 50).mapToObj(ArticleCacheTest::raw).toList();
    }

    private static List<AnalysedArticle> build(Path folder, List<AnalysedArticle> computed) throws Exception {
        ArticleCache cache = ArticleCache.open(folder, null, Set.of());
        List<AnalysedArticle> result = new ArrayList<>();
        for (RawArticle raw : corpus()) {
            result.add(cache.get(raw, r -> {
                AnalysedArticle a = analysed(r);
                computed.add(a);
                return a;
            }));
        }
        cache.save();
        return result;
    }

    /** The cache files as another process finds them: in another folder, so that this process holds nothing of them. */
    private static Path copied(Path from, Path to) throws Exception {
        for (Path file : files(from)) {
            Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    /** The cache's files in the folder. */
    private static List<Path> files(Path folder) throws Exception {
        try (var listed = Files.list(folder)) {
            return listed.filter(f -> f.getFileName().toString().matches("articles-.\\.bin")).sorted().toList();
        }
    }

    /** The file that holds an article's entry: the one the build rewrites when that entry alone changes. */
    private static Path fileOf(Path folder, RawArticle raw) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path file : files(folder)) {
            Path alone = Files.createTempDirectory("shard");
            Files.copy(file, alone.resolve(file.getFileName()));
            if (ArticleCache.open(alone, null, Set.of()).reuse(List.of(ArticleCache.key(raw))) != null) {
                files.add(file);
            }
        }
        assertEquals(1, files.size());
        return files.get(0);
    }

    @Test
    void everyEntryComesBackEqualFromTheFile(@TempDir Path folder, @TempDir Path elsewhere) throws Exception {
        List<AnalysedArticle> computed = new ArrayList<>();
        List<AnalysedArticle> first = build(folder, computed);
        computed.clear();

        List<AnalysedArticle> second = build(copied(folder, elsewhere), computed);

        assertEquals(List.of(), computed);
        assertEquals(first, second);
        assertNotSame(first.get(0), second.get(0));
        assertEquals(List.copyOf(second.get(0).terms().keySet()), List.of("ferr", "harb", "reop"));
    }

    @Test
    void theNextBuildOfTheSameProcessTakesTheEntriesAsItLeftThem(@TempDir Path folder) throws Exception {
        List<AnalysedArticle> computed = new ArrayList<>();
        List<AnalysedArticle> first = build(folder, computed);
        computed.clear();

        List<AnalysedArticle> second = build(folder, computed);

        assertEquals(List.of(), computed);
        for (int i = 0; i < first.size(); i++) {
            assertSame(first.get(i), second.get(i));
        }
    }

    @Test
    void aFileOtherThanTheOneThisProcessLeftIsReadFromItsBytes(@TempDir Path folder, @TempDir Path elsewhere)
            throws Exception {
        RawArticle raw = raw(0);
        AnalysedArticle other = analysed(new RawArticle(raw.id(), raw.file(), 0, "Another text, 90 ferries late",
                GivenFacts.NONE));
        ArticleCache writer = ArticleCache.open(elsewhere, null, Set.of());
        writer.get(raw, r -> other);
        writer.save();
        build(folder, new ArrayList<>());

        AnalysedArticle back = ArticleCache.open(copied(elsewhere, folder), null, Set.of()).get(raw, r -> null);

        assertEquals(other, back);
        assertNotSame(other, back);
    }

    @Test
    void anOlderEnginesCacheFilesAreRemovedWhenTheCacheIsWritten(@TempDir Path folder) throws Exception {
        Path old = Files.writeString(folder.resolve("articles.jsonl"), "{\"key\":\"a0\"}\n");
        Path unsharded = Files.writeString(folder.resolve("articles.bin"), "entries of every key in one file");

        build(folder, new ArrayList<>());

        assertFalse(Files.exists(old));
        assertFalse(Files.exists(unsharded));
        assertFalse(files(folder).isEmpty());
    }

    @Test
    void aBuildWritesOnlyTheFilesWhoseEntriesChanged(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());
        RawArticle edited = new RawArticle("a1", Path.of("a1.txt"), 0, "Text of article 1, 40 ferries late",
                GivenFacts.NONE);
        Path before = fileOf(folder, raw(1));
        Map<Path, Object> identities = new java.util.HashMap<>();
        for (Path file : files(folder)) {
            identities.put(file, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }

        ArticleCache cache = ArticleCache.open(folder, null, Set.of());
        corpus().forEach(raw -> cache.get(raw.id().equals("a1") ? edited : raw, ArticleCacheTest::analysed));
        cache.save();

        Path after = fileOf(folder, edited);
        for (Path file : files(folder)) {
            boolean written = !identities.get(file).equals(
                    Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            assertEquals(file.equals(before) || file.equals(after), written, file.toString());
        }
        List<AnalysedArticle> computed = new ArrayList<>();
        ArticleCache next = ArticleCache.open(folder, null, Set.of());
        corpus().forEach(raw -> next.get(raw.id().equals("a1") ? edited : raw, r -> {
            computed.add(analysed(r));
            return computed.get(computed.size() - 1);
        }));
        assertEquals(List.of(), computed);
        assertNull(next.reuse(List.of(ArticleCache.key(raw(1)))), "the entry an edit replaced is gone");
    }

    /** {@code a} with {@code count} terms of its own, named after {@code round}. */
    private static AnalysedArticle withTerms(AnalysedArticle a, int round, int count) {
        Map<String, Integer> terms = new java.util.TreeMap<>();
        IntStream.range(0, count).forEach(k -> terms.put("r" + round + "t" + k, 1 + k % 3));
        return new AnalysedArticle(a.article(), a.anchors(), a.order(), a.skeletons(), terms, a.lead(), a.sentences(),
                a.spelling(), a.figure());
    }

    @Test
    void editedEntriesComeBackEqualInAnotherProcessAndTheirStringsDoNotPileUp(@TempDir Path folder) throws Exception {
        // Each round one article's text changes, with terms of its own: a few, which its files' tables keep when
        // they are written again with their other entries copied as bytes, or 3,000, which are too many to keep
        // once no entry uses them.
        long[] sizes = new long[8];
        for (int round = 0; round < sizes.length; round++) {
            int r = round;
            int terms = round % 2 == 0 ? 3000 : 20;
            RawArticle edited = new RawArticle("a1", Path.of("a1.txt"), 0, "Round " + round, GivenFacts.NONE);
            List<AnalysedArticle> computed = new ArrayList<>();
            ArticleCache cache = ArticleCache.open(folder, null, Set.of());
            corpus().forEach(raw -> computed.add(raw.id().equals("a1")
                    ? cache.get(edited, a -> withTerms(analysed(a), r, terms))
                    : cache.get(raw, ArticleCacheTest::analysed)));
            cache.save();
            for (Path file : files(folder)) {
                sizes[round] += Files.size(file);
            }

            Path elsewhere = copied(folder, Files.createTempDirectory("cache"));
            ArticleCache next = ArticleCache.open(elsewhere, null, Set.of());
            List<AnalysedArticle> read = corpus().stream().map(raw -> next.get(raw.id().equals("a1") ? edited : raw,
                    a -> null)).toList();
            assertEquals(computed, read, "round " + round);
        }
        // Rounds with 3,000 terms of their own hold them once, not those of the rounds before too.
        for (int round = 2; round < sizes.length; round += 2) {
            assertTrue(sizes[round] < sizes[0] * 3 / 2, Arrays.toString(sizes));
        }
    }

    @Test
    void aTruncatedFileReusesNothingOfIt(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());
        Path file = fileOf(folder, raw(1));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));

        ArticleCache cache = ArticleCache.open(folder, null, Set.of());

        assertNull(cache.reuse(List.of(ArticleCache.key(raw(1)))));
    }

    @Test
    void aFileWithAnEntryOfAnotherFormReusesNothingOfIt(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());
        Path file = fileOf(folder, raw(1));
        byte[] bytes = Files.readAllBytes(file);
        // The last entry's last string claims a length past its entry's end.
        bytes[bytes.length - "text article".length() - 2] = 0x7f;
        Files.write(file, bytes);

        ArticleCache cache = ArticleCache.open(folder, null, Set.of());

        assertNull(cache.reuse(List.of(ArticleCache.key(raw(1)))));
    }

    @Test
    void anOtherContextReusesNothing(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());

        ArticleCache cache = ArticleCache.open(folder, null, Set.of("a line every article of the corpus carries"));

        assertNull(cache.reuse(List.of(ArticleCache.key(raw(1)))));
    }

    @Test
    void unknownFactsComeBackUnknown(@TempDir Path folder, @TempDir Path elsewhere) throws Exception {
        RawArticle raw = raw(0);
        Article bare = new Article(raw.id(), raw.file(), null, null, true, null, null, null, null, null,
                List.of("AFP"), null, null, List.of(), List.of());
        AnalysedArticle article = new AnalysedArticle(bare, new Anchors(Set.of(), Set.of(), Set.of(), Set.of(),
                Set.of()));
        ArticleCache first = ArticleCache.open(folder, null, Set.of());
        first.get(raw, r -> article);
        first.save();

        AnalysedArticle back = ArticleCache.open(copied(folder, elsewhere), null, Set.of()).get(raw, r -> null);

        assertEquals(article, back);
    }
}

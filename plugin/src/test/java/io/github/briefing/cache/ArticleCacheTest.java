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

    /** The cache file as another process finds it: in another folder, so that this process holds nothing of it. */
    private static Path copied(Path from, Path to) throws Exception {
        Files.copy(from.resolve("articles.bin"), to.resolve("articles.bin"), StandardCopyOption.REPLACE_EXISTING);
        return to;
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
    void anOlderEnginesCacheFileIsRemovedWhenTheCacheIsWritten(@TempDir Path folder) throws Exception {
        Path old = Files.writeString(folder.resolve("articles.jsonl"), "{\"key\":\"a0\"}\n");

        build(folder, new ArrayList<>());

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(folder.resolve("articles.bin")));
    }

    @Test
    void aTruncatedFileReusesNothing(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());
        Path file = folder.resolve("articles.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 7));

        ArticleCache cache = ArticleCache.open(folder, null, Set.of());

        assertNull(cache.reuse(List.of(ArticleCache.key(raw(1)))));
    }

    @Test
    void aFileWithAnEntryOfAnotherFormReusesNothing(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());
        Path file = folder.resolve("articles.bin");
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

package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.Spelling;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArticleCacheTest {

    private static RawArticle raw(int i) {
        return new RawArticle("a" + i, Path.of("a" + i + ".txt"), 0, "Text of article " + i, GivenFacts.NONE);
    }

    private static AnalysedArticle analysed(RawArticle raw) {
        Article article = new Article(raw.id(), raw.file(), "en", "Title " + raw.id(), false, LocalDate.of(2021, 3, 4),
                DateBasis.TEXT, null, "Coast Daily", "text", List.of(), null, null, List.of(raw.text()), List.of());
        Anchors anchors = new Anchors(Set.of("harbour", "ferry"), Set.of("GB"), Set.of("12"), Set.of(), Set.of());
        return new AnalysedArticle(article, anchors, List.of("n:harbour", "p:GB"), Set.of("hrbr"),
                Map.of("harb", 3, "ferr", 1, "reop", 2), Map.of("harb", 1), List.of(12, 30),
                new Spelling("title " + raw.id(), "text article"));
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

    @Test
    void everyEntryComesBackEqualFromTheFile(@TempDir Path folder) throws Exception {
        List<AnalysedArticle> computed = new ArrayList<>();
        List<AnalysedArticle> first = build(folder, computed);
        computed.clear();

        List<AnalysedArticle> second = build(folder, computed);

        assertEquals(List.of(), computed);
        assertEquals(first, second);
        assertEquals(List.copyOf(second.get(0).terms().keySet()), List.of("ferr", "harb", "reop"));
    }

    @Test
    void aDamagedLineReusesNothing(@TempDir Path folder) throws Exception {
        build(folder, new ArrayList<>());
        Path file = folder.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(20, lines.get(20).substring(0, lines.get(20).length() / 2));
        Files.write(file, lines, StandardCharsets.UTF_8);

        ArticleCache cache = ArticleCache.open(folder, null, Set.of());

        assertNull(cache.reuse(List.of(ArticleCache.key(raw(1)))));
    }
}

package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.LeadFigure;
import io.github.briefing.analyse.Spelling;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ArticleCodecTest {

    private static Article article(String id, String title, String outlet, List<String> paragraphs) {
        return new Article(id, Path.of(id + ".txt"), "en", title, false, LocalDate.of(2021, 3, 4), DateBasis.TEXT,
                null, outlet, "text", List.of(), null, null, paragraphs, List.of());
    }

    private static Set<String> words(Random random, String prefix) {
        Set<String> words = new TreeSet<>();
        for (int k = random.nextInt(6); k > 0; k--) {
            words.add(prefix + random.nextInt(50));
        }
        return words;
    }

    /** An analysis of a random text, as the analyse stage makes one per text. */
    private static AnalysedArticle analysed(Random random, Article article) {
        Anchors anchors = new Anchors(words(random, "name"), words(random, "noun"), words(random, "c"),
                words(random, "P"), words(random, "1"), words(random, "s"), words(random, "2021-03-"),
                words(random, "A"));
        Map<String, Integer> terms = new TreeMap<>();
        words(random, "term").forEach(t -> terms.put(t, 1 + random.nextInt(9)));
        return new AnalysedArticle(article, anchors, new ArrayList<>(anchors.names()), words(random, "sk"), terms,
                Map.of(), List.of(random.nextInt(200)), new Spelling(article.title(), "lead"), LeadFigure.of(article));
    }

    /** A copy of an analysed text under an article of its own: the text's parts are the same instances. */
    private static AnalysedArticle copy(AnalysedArticle text, Article article) {
        return new AnalysedArticle(article, text.anchors(), text.order(), text.skeletons(), text.terms(), text.lead(),
                text.sentences(), text.spelling(), text.figure());
    }

    @Test
    void copiesOfATextEncodeAsEachAlone() {
        Random random = new Random(7);
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            Article original = article("t" + t, "Headline " + t, "Outlet", List.of("Body " + t));
            AnalysedArticle text = analysed(random, original);
            articles.add(text);
            for (int c = random.nextInt(4); c > 0; c--) {
                articles.add(copy(text, article("t" + t + "c" + c, "Copy " + c, "Outlet " + c, List.of("Body " + t))));
            }
            // equal parts that are not the same instances: encoded on their own, to the same bytes
            articles.add(new AnalysedArticle(article("t" + t + "e", "Other", "Outlet", List.of("Body " + t)),
                    text.anchors(), new ArrayList<>(text.order()), text.skeletons(), new TreeMap<>(text.terms()),
                    text.lead(), text.sentences(), text.spelling(), text.figure()));
            // the same terms with other anchors (an article whose date its text does not write): its own anchors
            articles.add(new AnalysedArticle(article("t" + t + "d", "Dated", "Outlet", List.of("Body " + t)),
                    analysed(random, original).anchors(), text.order(), text.skeletons(), text.terms(), text.lead(),
                    text.sentences(), text.spelling(), text.figure()));
            // the same terms in an order of other anchors: its own order
            List<String> order = new ArrayList<>(text.order());
            order.add("n:other" + t);
            articles.add(new AnalysedArticle(article("t" + t + "o", "Ordered", "Outlet", List.of("Body " + t)),
                    text.anchors(), order, text.skeletons(), text.terms(), text.lead(), text.sentences(),
                    text.spelling(), text.figure()));
        }
        // One table for all, as a file's: a string keeps its index once given one.
        StringTable table = StringTable.empty();
        ArticleCodec.Encoder shared = new ArticleCodec.Encoder(table, 1 << 20);
        ArticleCodec.Encoder small = new ArticleCodec.Encoder(table, 300);
        for (AnalysedArticle a : articles) {
            byte[] alone = new ArticleCodec.Encoder(table, 0).encode(a);
            assertArrayEquals(alone, shared.encode(a), a.id());
            assertArrayEquals(alone, small.encode(a), a.id());
            assertEquals(a, ArticleCodec.decode(ByteBuffer.wrap(alone), table.read()), a.id());
        }
    }
}

package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomFeedTest {

    private static Article dated(String id, LocalDate date) {
        return Fixtures.article(id, "en", "Title " + id, date, date == null ? null : DateBasis.TEXT, "Outlet",
                List.of("A paragraph."));
    }

    @Test
    void aFeedShowsTheNewestFiftyArticlesWithTheUndatedLast() {
        List<Article> articles = new ArrayList<>();
        articles.add(dated("undated", null));
        for (int day = 1; day <= 70; day++) {
            articles.add(dated(String.format("d%02d", day), LocalDate.of(2024, 1, 1).plusDays(day)));
        }
        List<Article> entries = AtomFeed.entries(articles);
        assertEquals(50, entries.size());
        assertEquals("d70", entries.get(0).id());
        assertEquals("d21", entries.get(49).id(), "the fifty newest, the oldest of them last");
        assertTrue(entries.stream().noneMatch(a -> a.date() == null), "an undated article yields to dated ones");
    }

    @Test
    void articlesOfOneDayAreOrderedByIdAndUndatedOnesComeLast() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        List<Article> entries = AtomFeed.entries(List.of(dated("b", day), dated("z", null), dated("a", day)));
        assertEquals(List.of("a", "b", "z"), entries.stream().map(Article::id).toList());
        assertNull(entries.get(2).date());
    }
}

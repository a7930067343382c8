package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleDatesTest {

    private static final ArticleRef STATED = new ArticleRef("news/a", "articles/news-a.html", "Rains", false, "en",
            "2024-05-01", false, "Daily");
    private static final ArticleRef INFERRED = new ArticleRef("news/b", "articles/news-b.html", "Lluvias", false,
            "es", "2024-05-01", true, null);
    private static final ArticleRef UNDATED = new ArticleRef("news/c", "articles/news-c.html", "Regen", true, null,
            null, false, null);

    @TempDir
    Path dir;

    private static Map<String, Object> page(String path) {
        return new HashMap<>(Map.of("root", "../", "path", path));
    }

    @Test
    void theThemesDateReadsNoMoreThanTheDateAndWhetherItIsInferred() {
        Templates templates = new Templates(null);
        ArticleDates dates = new ArticleDates(templates);
        PageTexts<ArticleRef> onPage = dates.on(page("articles/news-a.html"));
        for (ArticleRef a : List.of(STATED, INFERRED, UNDATED)) {
            Map<String, Object> whole = page("articles/news-a.html");
            whole.put("a", a);
            assertEquals(templates.fragment(ArticleDates.TEMPLATE, ArticleDates.FRAGMENT, whole), onPage.of(a));
        }
        assertTrue(onPage.of(STATED).contains("<time class=\"stated\" datetime=\"2024-05-01\">2024-05-01</time>"));
        assertTrue(onPage.of(INFERRED).contains("class=\"inferred\""));
        assertTrue(onPage.of(UNDATED).contains("date unknown"));
        ArticleRef sameDay = new ArticleRef("news/d", "articles/news-d.html", "Rain", false, "de", "2024-05-01", false,
                null);
        assertSame(onPage.of(STATED), dates.on(page("articles/news-d.html")).of(sameDay), "one text for one date");
    }

    @Test
    void aFragmentsTemplateOfTheUsersIsRenderedForEveryDateFromThePagesModel() throws IOException {
        Path templates = Fixtures.userTemplate(dir, ArticleDates.TEMPLATE,
                "<th:block th:fragment=\"date(a)\"><b th:text=\"${a.title}\">t</b> on <i th:text=\"${path}\">p</i>"
                + "</th:block>");
        PageTexts<ArticleRef> onPage = new ArticleDates(new Templates(templates)).on(page("articles/news-b.html"));
        assertEquals("<b>Lluvias</b> on <i>articles/news-b.html</i>", onPage.of(INFERRED));
    }
}

package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleItemsTest {

    private static final ArticleRef STATED = new ArticleRef("news/a", "articles/news-a.html", "Rains <return>", false,
            "en", "2024-05-01", false, "Daily");
    private static final ArticleRef INFERRED = new ArticleRef("news/b", "articles/news-b.html", "Vuelven las lluvias",
            false, "es", "2024-05-02", true, null);
    private static final ArticleRef UNDATED = new ArticleRef("news/c", "articles/news-c.html", "Regen", true, null,
            null, false, null);

    @TempDir
    Path dir;

    private static Map<String, Object> page(String path, String root) {
        return new HashMap<>(Map.of("root", root, "path", path, "site", "the site", "section", path));
    }

    @Test
    void theThemesItemReadsNoMoreThanTheArticleAndRoot() {
        Templates templates = new Templates(null);
        // (the last of STATED's shape, with values that escaping changes)
        List<ArticleRef> listed = List.of(STATED, INFERRED, UNDATED, new ArticleRef("news/d",
                "articles/d.html?x=1&y=\"2\"", "Tom & 'Jerry' <b>", false, "d<e>", "2025-01-02", false, "O'Brien & Co"));
        for (String root : List.of("", "../")) {
            Map<String, Object> page = page(root.isEmpty() ? "index.html" : "sources/daily.html", root);
            PageTexts<ArticleRef> items = new ArticleItems(templates, List.of()).on(page);
            for (ArticleRef a : listed) {
                Map<String, Object> whole = new HashMap<>(page);
                whole.put("a", a);
                assertEquals(templates.fragment(ArticleItems.TEMPLATE, ArticleItems.FRAGMENT, whole), items.of(a));
            }
        }
        String item = new ArticleItems(templates, List.of()).on(page("timeline/2024-05.html", "../")).of(INFERRED);
        assertTrue(item.contains("<a href=\"../articles/news-b.html\" lang=\"es\">Vuelven las lluvias</a>"), item);
        assertTrue(item.contains("class=\"inferred\""), item);
        assertTrue(item.contains("outlet unknown"), item);
    }

    @Test
    void anItemListedTwiceIsRenderedOnceAndKeptUntilItsLastList() {
        Templates templates = new Templates(null);
        ArticleItems items = new ArticleItems(templates, List.of(new ArticleItems.Item(STATED, "../"),
                new ArticleItems.Item(STATED, "../"), new ArticleItems.Item(STATED, "")));
        String onStory = items.on(page("stories/s1.html", "../")).of(STATED);
        assertSame(onStory, items.on(page("sources/daily.html", "../")).of(STATED), "the month's item, kept");
        String onHome = items.on(page("index.html", "")).of(STATED);
        assertNotEquals(onStory, onHome, "another root, another item");
        assertTrue(onHome.contains("href=\"articles/news-a.html\""), onHome);
        assertTrue(onStory.contains("Rains &lt;return&gt;"), onStory);
    }

    @Test
    void aListOfItemsAsTextIsTheListWithTheFragmentInserted() throws IOException {
        Path folder = dir.resolve("lists");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("inserted.html"), "<ul><li th:each=\"a : ${articles}\""
                + " th:insert=\"~{fragments :: articleItem(${a})}\">article</li></ul>");
        Templates templates = new Templates(folder);
        Map<String, Object> page = page("sources/daily.html", "../");
        page.put("articles", List.of(STATED, INFERRED, UNDATED));
        page.put("articleItems", new ArticleItems(templates, List.of()).on(page));
        Files.writeString(folder.resolve("asText.html"), "<ul><li th:each=\"a : ${articles}\""
                + " th:utext=\"${articleItems.of(a)}\">article</li></ul>");
        StringWriter inserted = new StringWriter();
        templates.render("inserted", page, inserted);
        StringWriter asText = new StringWriter();
        templates.render("asText", page, asText);
        assertEquals(inserted.toString(), asText.toString());
        assertTrue(asText.toString().contains("<li>\n  <a href=\"../articles/news-c.html\">Regen</a>"), asText.toString());
    }

    @Test
    void aFragmentsTemplateOfTheUsersIsRenderedForEveryItemFromThePagesModel() throws IOException {
        Path templates = Fixtures.userTemplate(dir, ArticleItems.TEMPLATE,
                "<th:block th:fragment=\"articleItem(a)\"><b th:text=\"${a.title}\">t</b>"
                + " on <i th:text=\"${path}\">path</i></th:block>");
        ArticleItems items = new ArticleItems(new Templates(templates),
                List.of(new ArticleItems.Item(STATED, "../"), new ArticleItems.Item(STATED, "../")));
        assertEquals("<b>Rains &lt;return&gt;</b> on <i>stories/s1.html</i>",
                items.on(page("stories/s1.html", "../")).of(STATED));
        assertEquals("<b>Rains &lt;return&gt;</b> on <i>sources/daily.html</i>",
                items.on(page("sources/daily.html", "../")).of(STATED));
    }
}

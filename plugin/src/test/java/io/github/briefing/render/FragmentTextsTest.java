package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FragmentTextsTest {

    private static final ArticleRef STATED = new ArticleRef("news/a", "articles/news-a.html", "Rains", false, "en",
            "2024-05-01", false, "Daily");
    private static final ArticleRef INFERRED = new ArticleRef("news/b", "articles/news-b.html", "Lluvias", false,
            "es", "2024-05-01", true, null);
    private static final ArticleRef UNDATED = new ArticleRef("news/c", "articles/news-c.html", "Regen", true, null,
            null, false, null);

    private static final CopiesRef THREE = new CopiesRef("copies/rains.html", 3);
    private static final CopiesRef TWO = new CopiesRef("copies/lluvias.html", 2);

    @TempDir
    Path dir;

    private static Map<String, Object> page(String path) {
        return page("../", path);
    }

    private static Map<String, Object> page(String root, String path) {
        return new HashMap<>(Map.of("root", root, "path", path));
    }

    @Test
    void theThemesDateReadsNoMoreThanTheDateAndWhetherItIsInferred() {
        Templates templates = new Templates(null);
        FragmentTexts<ArticleRef, ?> dates = FragmentTexts.dates(templates);
        PageTexts<ArticleRef> onPage = dates.on(page("articles/news-a.html"));
        for (ArticleRef a : List.of(STATED, INFERRED, UNDATED)) {
            Map<String, Object> whole = page("articles/news-a.html");
            whole.put("a", a);
            assertEquals(templates.fragment(FragmentTexts.TEMPLATE, FragmentTexts.DATE, whole), onPage.of(a));
        }
        assertTrue(onPage.of(STATED).contains("<time class=\"stated\" datetime=\"2024-05-01\">2024-05-01</time>"));
        assertTrue(onPage.of(INFERRED).contains("class=\"inferred\""));
        assertTrue(onPage.of(UNDATED).contains("date unknown"));
        ArticleRef sameDay = new ArticleRef("news/d", "articles/news-d.html", "Rain", false, "de", "2024-05-01", false,
                null);
        assertSame(onPage.of(STATED), dates.on(page("articles/news-d.html")).of(sameDay), "one text for one date");
    }

    @Test
    void theThemesLinksReadNoMoreThanTheCopiesAndTheRoot() {
        Templates templates = new Templates(null);
        FragmentTexts<CopiesRef, ?> links = FragmentTexts.copiesLinks(templates);
        for (String root : new String[] {"", "../"}) {
            PageTexts<CopiesRef> onPage = links.on(page(root, "stories/x.html"));
            for (CopiesRef c : Arrays.asList(THREE, TWO, null)) {
                Map<String, Object> whole = page(root, "stories/x.html");
                whole.put("c", c);
                assertEquals(templates.fragment(FragmentTexts.TEMPLATE, FragmentTexts.OTHER_COPIES, whole),
                        onPage.of(c));
            }
        }
        PageTexts<CopiesRef> onPage = links.on(page("../", "stories/x.html"));
        assertEquals(" (and <a href=\"../copies/rains.html\">2 copies</a>)", onPage.of(THREE));
        assertEquals(" (and <a href=\"../copies/lluvias.html\">1 copy</a>)", onPage.of(TWO));
        assertEquals("", onPage.of(null));
        assertSame(onPage.of(THREE), links.on(page("../", "matches/en-id.html")).of(new CopiesRef(THREE.url(), 3)),
                "one text for one group at one root");
    }

    @Test
    void aFragmentsTemplateOfTheUsersIsRenderedForEveryInsertionFromThePagesModel() throws IOException {
        Templates templates = new Templates(Fixtures.userTemplate(dir, FragmentTexts.TEMPLATE,
                "<th:block th:fragment=\"date(a)\"><b th:text=\"${a.title}\">t</b> on <i th:text=\"${path}\">p</i>"
                + "</th:block><th:block th:fragment=\"otherCopies(c)\"><b th:text=\"${c == null} ? 'none' : "
                + "${c.articles}\">n</b> on <i th:text=\"${path}\">p</i></th:block>"));
        assertEquals("<b>Lluvias</b> on <i>articles/news-b.html</i>",
                FragmentTexts.dates(templates).on(page("articles/news-b.html")).of(INFERRED));
        PageTexts<CopiesRef> links = FragmentTexts.copiesLinks(templates).on(page("stories/y.html"));
        assertEquals("<b>3</b> on <i>stories/y.html</i>", links.of(THREE));
        assertEquals("<b>none</b> on <i>stories/y.html</i>", links.of(null));
    }
}

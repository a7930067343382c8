package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.context.ILazyContextVariable;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleBodiesTest {

    private static final ArticleRef REF = new ArticleRef("news/a", "articles/news-a.html", "Rains return", false, "en",
            "2024-05-01", false, "Daily");

    @TempDir
    Path dir;

    private static ArticleView article(List<String> paragraphs) {
        return new ArticleView(REF, "text", null, null, null, List.of(), null, null, paragraphs, List.of(), null,
                null, null, List.of());
    }

    private static Map<String, Object> page(ArticleView article) {
        return new HashMap<>(Map.of("article", article, "root", "../", "path", REF.url()));
    }

    private static String text(Object body) {
        return (String) ((ILazyContextVariable<?>) body).getValue();
    }

    @Test
    void theThemesBodyShowsTheParagraphsEscapedAndIsKeptForTheCopiesThatShareThem() {
        ArticleBodies bodies = new ArticleBodies(new Templates(null));
        List<String> paragraphs = List.of("Rain <b>fell</b> & rivers rose.", "Schools closed.");
        String body = text(bodies.of(article(paragraphs), page(article(paragraphs))));
        assertEquals("\n    <p>Rain &lt;b&gt;fell&lt;/b&gt; &amp; rivers rose.</p>\n    <p>Schools closed.</p>\n    \n  ",
                body);
        ArticleView copy = article(new ArrayList<>(paragraphs));
        assertSame(body, text(bodies.of(copy, page(copy))), "a copy's equal paragraphs: the text kept");
        assertTrue(text(bodies.of(article(List.of()), page(article(List.of()))))
                .contains("No text was left after cleaning."));
        assertEquals("\n    <p>Snow.</p>\n    <p></p>\n    \n  ",
                text(bodies.of(article(List.of("Snow.", "")), page(article(List.of("Snow.", ""))))),
                "another shape: an empty paragraph");
        assertEquals("\n    <p>Hail &amp; sleet.</p>\n    <p>Roads closed.</p>\n    \n  ",
                text(bodies.of(article(List.of("Hail & sleet.", "Roads closed.")),
                        page(article(List.of("Hail & sleet.", "Roads closed."))))), "the first one's shape");
    }

    @Test
    void theThemesArticlePageHoldsTheBodyAsItsFragmentRendersIt() {
        Templates templates = new Templates(null);
        ArticleView article = article(List.of("Rain fell.", "Schools closed."));
        Map<String, Object> model = page(article);
        model.put("site", new SiteRenderer.SiteInfo("Briefing", null, java.time.Instant.EPOCH, false, null, List.of()));
        model.put("articleBody", new ArticleBodies(templates).of(article, model));
        model.put("matchLines", List.of());
        model.put("dates", FragmentTexts.dates(templates).on(model));
        StringWriter page = new StringWriter();
        templates.render(ArticleBodies.TEMPLATE, model, page);
        assertTrue(page.toString().contains("<div class=\"body\" lang=\"en\">\n    <p>Rain fell.</p>\n"
                + "    <p>Schools closed.</p>\n    \n  </div>"), page.toString());
    }

    @Test
    void anArticleTemplateOfTheUsersRendersTheBodyFromThePagesModel() throws IOException {
        Path templates = Fixtures.userTemplate(dir, ArticleBodies.TEMPLATE,
                "<th:block th:fragment=\"articleBody\"><p th:each=\"p : ${paragraphs}\" th:text=\"${p}\">p</p>"
                + "<i th:text=\"${path}\">path</i></th:block>");
        ArticleView article = article(List.of("Rain fell."));
        assertEquals("<p>Rain fell.</p><i>articles/news-a.html</i>",
                text(new ArticleBodies(new Templates(templates)).of(article, page(article))));
    }

    @Test
    void aTemplateThatNeverAsksForTheBodyNeverRendersIt() throws IOException {
        // This user's fragment fails when rendered; their page does not show it, and so renders.
        Path templates = Fixtures.userTemplate(dir, ArticleBodies.TEMPLATE,
                "<th:block th:if=\"${false}\"><th:block th:fragment=\"articleBody\"><b th:text=\"${nothing.there}\">"
                + "x</b></th:block></th:block><h1 th:text=\"${article.ref.title}\">t</h1>");
        Templates user = new Templates(templates);
        ArticleView article = article(List.of("Rain fell."));
        Map<String, Object> model = page(article);
        Object body = new ArticleBodies(user).of(article, model);
        model.put("articleBody", body);
        StringWriter page = new StringWriter();
        user.render(ArticleBodies.TEMPLATE, model, page);
        assertTrue(page.toString().contains("<h1>Rains return</h1>"), page.toString());
        assertThrows(RuntimeException.class, () -> text(body), "asked for, it is rendered, and fails");
    }
}

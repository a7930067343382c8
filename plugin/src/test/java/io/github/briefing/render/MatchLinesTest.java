package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchLinesTest {

    private static final ArticleRef SELF = new ArticleRef("news/a", "articles/news-a.html", "Rains return", false, "en",
            "2024-05-01", false, "Daily");
    private static final ArticleRef OTHER = new ArticleRef("news/b", "articles/news-b.html", "Vuelven <las> lluvias",
            false, "es", "2024-05-02", true, "Diario");
    private static final ArticleRef THIRD = new ArticleRef("news/c", "articles/news-c.html", "Regen", true, null,
            null, false, null);

    @TempDir
    Path dir;

    private static MatchView match(ArticleRef a, ArticleRef b, String relation, String compareUrl, CopiesRef aCopies,
                                   CopiesRef bCopies) {
        return match(a, b, "0.87", relation, compareUrl, aCopies, bCopies);
    }

    private static MatchView match(ArticleRef a, ArticleRef b, String score, String relation, String compareUrl,
                                   CopiesRef aCopies, CopiesRef bCopies) {
        return new MatchView(a, b, score, relation, !"en".equals(b.lang()), List.of("Lima"), List.of("Peru"),
                List.of("2,500"), List.of("2024-05-01"), compareUrl, aCopies, bCopies);
    }

    private static ArticleView page(List<MatchView> matches) {
        return new ArticleView(SELF, "text", null, null, null, List.of(), null, null, List.of("p"), List.of(), null,
                null, null, matches);
    }

    /** An article page's model, with the links to copies that the theme's lines insert. */
    private static Map<String, Object> model(ArticleView article) {
        Map<String, Object> model = new HashMap<>(Map.of("article", article, "root", "../",
                "path", article.ref().url()));
        model.put("copiesLinks", FragmentTexts.copiesLinks(new Templates(null)).on(model));
        return model;
    }

    @Test
    void theThemesLineReadsNoMoreOfAMatchThanWhatTheLineShows() {
        Templates templates = new Templates(null);
        CopiesRef copies = new CopiesRef("copies/news-b.html", 3);
        List<MatchView> matches = List.of(match(SELF, OTHER, "translation", "compare/a-b.html", null, copies),
                match(OTHER, SELF, "same story", null, copies, null), match(THIRD, SELF, "related", null, null, null),
                match(SELF, THIRD, "related", null, new CopiesRef("copies/news-a.html", 2), null));
        ArticleView article = page(matches);
        List<String> expected = rendered(templates, article);
        MatchLines lines = new MatchLines(templates);
        assertEquals(expected, lines.of(article, model(article)));
        assertEquals(expected, lines.of(article, model(article)), "and again, from the lines kept");
        assertTrue(expected.get(0).contains("href=\"../articles/news-b.html\" lang=\"es\">Vuelven &lt;las&gt; lluvias</a>"
                + " (and <a href=\"../copies/news-b.html\">2 copies</a>)"), expected.get(0));
        assertTrue(expected.get(0).contains("href=\"../compare/a-b.html\""), expected.get(0));
        assertTrue(expected.get(2).contains("language unknown"), expected.get(2));
    }

    /** Each line as the theme's fragment renders it from the page's whole model. */
    private static List<String> rendered(Templates templates, ArticleView article) {
        List<String> lines = new ArrayList<>();
        for (MatchView m : article.matches()) {
            Map<String, Object> model = model(article);
            model.put("m", m);
            model.put("self", SELF.id());
            lines.add(templates.fragment(MatchLines.TEMPLATE, MatchLines.FRAGMENT, model));
        }
        return lines;
    }

    @Test
    void linesThatDifferByTheirScoresAloneShowEachItsOwn() {
        Templates templates = new Templates(null);
        MatchLines lines = new MatchLines(templates);
        ArticleView first = page(List.of(match(SELF, OTHER, "0.87", "translation", "compare/a-b.html", null, null)));
        ArticleView second = page(List.of(match(SELF, OTHER, "0.91", "translation", "compare/a-b.html", null, null)));
        List<String> shown = lines.of(first, model(first));
        assertEquals(rendered(templates, first), shown);
        assertTrue(shown.get(0).contains("score 0.87"), shown.get(0));
        List<String> again = lines.of(second, model(second));
        assertEquals(rendered(templates, second), again, "the text around the score kept, the score its own");
        assertTrue(again.get(0).contains("score 0.91"), again.get(0));
    }

    @Test
    void valuesThatLookLikeMarksOrMarkupAreShownAsTheyAre() {
        Templates templates = new Templates(null);
        ArticleRef odd = new ArticleRef("news/m", "articles/news-m.html?a=1&b=\"2\"", "Odd \uE0000<>&\"'\u00e9\uE001 'title'",
                false, "e<n>", null, false, null);
        ArticleView article = page(List.of(match(SELF, odd, "0.42", "related & <other>", "compare/x.html?y=<1>", null,
                new CopiesRef("copies/<c>&.html", 2)), match(SELF, OTHER, "0.5", "same", null, null, null)));
        MatchLines lines = new MatchLines(templates);
        List<String> shown = lines.of(article, model(article));
        assertEquals(rendered(templates, article), shown);
        assertTrue(shown.get(0).contains("Odd \uE0000&lt;&gt;&amp;&quot;&#39;\u00e9\uE001 &#39;title&#39;"), shown.get(0));
    }

    @Test
    void aFragmentsTemplateOfTheUsersIsRenderedForEveryLineFromThePagesModel() throws IOException {
        Path templates = Fixtures.userTemplate(dir, MatchLines.TEMPLATE,
                "<th:block th:fragment=\"articleMatch(m, self)\"><b th:text=\"${m.other(self).title}\">t</b>"
                + " on <i th:text=\"${path}\">path</i></th:block>");
        ArticleView article = page(List.of(match(SELF, OTHER, "translation", null, null, null),
                match(THIRD, SELF, "related", null, null, null)));
        assertEquals(List.of("<b>Vuelven &lt;las&gt; lluvias</b> on <i>articles/news-a.html</i>",
                        "<b>Regen</b> on <i>articles/news-a.html</i>"),
                new MatchLines(new Templates(templates)).of(article, model(article)));
    }
}

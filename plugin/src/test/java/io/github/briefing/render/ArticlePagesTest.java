package io.github.briefing.render;

import io.github.briefing.analyse.Anchors;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import io.github.briefing.read.Outlets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticlePagesTest {

    private static final SiteRenderer.SiteInfo SITE = new SiteRenderer.SiteInfo("Harvests & <Markets>", null,
            Instant.parse("2025-03-04T05:06:07Z"), false, null, List.of());

    @TempDir
    Path dir;

    /**
     * The fixtures and articles whose every field holds what escaping changes, two of each shape but for their
     * values, with and without outlets, dates, captions, copies, an author and a dateline; one with more matches
     * than its page shows unfolded.
     */
    private static Briefing varied() {
        Briefing fixtures = Fixtures.briefing();
        List<Article> articles = new ArrayList<>(fixtures.articles());
        Map<String, Anchors> anchors = new HashMap<>(fixtures.anchors());
        List<Match> matches = new ArrayList<>(fixtures.matches());
        Anchors none = new Anchors(java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of());
        Evidence evidence = fixtures.matches().get(0).evidence();
        for (int i = 0; i < 12; i++) {
            String odd = i % 2 == 0 ? "Tom & \"Jerry\" <b>'s</b> " + i : "\u00c9t\u00e9 \u2248 <i>caf\u00e9</i> " + i;
            boolean bare = i % 4 >= 2;
            Article a = new Article("odd/" + i, Path.of("odd/" + i + ".txt"), bare ? null : i % 3 == 0 ? "de" : "en",
                    odd, i % 5 == 0, bare ? null : LocalDate.of(2024, 6, 1 + i), bare ? null : DateBasis.INFERRED,
                    bare ? null : "<DATELINE> " + i, bare ? null : "Outlet <" + i + "> & co",
                    bare ? null : "text", bare ? List.of() : List.of("AFP & <AP>", "Reuters " + i),
                    bare ? null : "O'Brien & " + i, bare ? null : "https://example.org/a?x=1&y=" + i,
                    List.of("Para <one> & \"two\" " + i, "Para " + (i / 2)),
                    i % 3 == 0 ? List.of("A caption <b>" + i + "</b>") : List.of());
            articles.add(a);
            anchors.put(a.id(), none);
        }
        for (int i = 1; i < 12; i++) { // one article with eleven matches, two of them with a copy of the first
            matches.add(new Match("odd/0", "odd/" + i, 0.5 + i / 100.0, i % 2 == 0 ? Relation.TRANSLATION
                    : Relation.RELATED, i % 3 == 0, evidence));
        }
        List<Story> stories = new ArrayList<>(fixtures.stories());
        stories.add(new Story("s3", "A story <with> & marks", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 5),
                List.of("odd/0", "odd/1", "odd/4"), List.of()));
        return new Briefing(articles, anchors, matches, stories);
    }

    private static String theme(String template) throws IOException {
        try (InputStream in = ArticlePagesTest.class.getClassLoader()
                .getResourceAsStream(Templates.THEME + template + ".html")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> articlePages(Path site) throws IOException {
        Map<String, String> pages = new HashMap<>();
        try (var files = Files.list(site.resolve("articles"))) {
            for (Path file : files.toList()) {
                pages.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return pages;
    }

    @Test
    void theThemesPagesDrawnByShapeEqualThymeleafsRenderOfTheSameTemplates() throws IOException {
        Briefing briefing = varied();
        SiteRenderer shaped = new SiteRenderer(null, Outlets.NONE, SITE);
        shaped.render(briefing, dir.resolve("shaped"));
        assertTrue(shaped.articlePages().shaped());
        int pages = articlePages(dir.resolve("shaped")).size();
        assertTrue(shaped.articlePages().shapes() < pages, shaped.articlePages().shapes() + " shapes, " + pages
                + " pages: some pages share one");

        // The theme's own article.html as a user's: Thymeleaf renders every page from its whole model.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("article.html"), theme("article"));
        SiteRenderer rendered = new SiteRenderer(templates, Outlets.NONE, SITE);
        rendered.render(briefing, dir.resolve("rendered"));
        assertFalse(rendered.articlePages().shaped());
        Map<String, String> expected = articlePages(dir.resolve("rendered"));
        Map<String, String> actual = articlePages(dir.resolve("shaped"));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((page, text) -> assertEquals(text, actual.get(page), page));
        String odd = actual.get(new SiteIndex(briefing).articleUrl("odd/0").substring("articles/".length()));
        assertTrue(odd.contains("Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt; 0"), odd);
        assertTrue(odd.contains("3 weaker matches"), odd);
    }

    @Test
    void aUsersArticleOrLayoutTemplateStillRendersTheArticlePages() throws IOException {
        Path article = Fixtures.userTemplate(dir.resolve("article"), "article",
                "<h1 th:text=\"'Mine: ' + ${article.ref.title}\">t</h1><p th:text=\"${article.story.title}\">s</p>");
        new SiteRenderer(article, Outlets.NONE, SITE).render(Fixtures.briefing(), dir.resolve("a"));
        String page = Files.readString(dir.resolve("a").resolve(new SiteIndex(Fixtures.briefing())
                .articleUrl(Fixtures.EN)));
        assertTrue(page.contains("<h1>Mine: Quinoa harvest in Peru reaches 2,500 tonnes</h1>"), page);
        assertTrue(page.contains("<p>Quinoa harvest in Peru reaches 2,500 tonnes</p>"), "the same model: " + page);

        Path layout = Files.createDirectories(dir.resolve("layout").resolve("templates"));
        Files.writeString(layout.resolve("layout.html"), theme("layout").replace("<body>",
                "<body><p class=\"mine\" th:if=\"${article != null}\" th:text=\"${article.ref.lang}\">lang</p>"));
        new SiteRenderer(layout, Outlets.NONE, SITE).render(Fixtures.briefing(), dir.resolve("l"));
        String laidOut = Files.readString(dir.resolve("l").resolve(new SiteIndex(Fixtures.briefing())
                .articleUrl(Fixtures.EN)));
        assertTrue(laidOut.contains("<p class=\"mine\">en</p>"), laidOut);
        assertTrue(laidOut.contains("Quinoa harvest in Peru reaches 2,500 tonnes"), laidOut);
    }
}

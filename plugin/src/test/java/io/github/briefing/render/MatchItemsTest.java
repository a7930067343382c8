package io.github.briefing.render;

import io.github.briefing.group.Briefing;
import io.github.briefing.read.Outlets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchItemsTest {

    private static final ArticleRef EN = new ArticleRef("news/a", "articles/news-a.html", "Rains return", false, "en",
            "2024-05-01", false, "Daily");
    private static final ArticleRef ES = new ArticleRef("news/b", "articles/news-b.html", "Vuelven <las> lluvias",
            false, "es", "2024-05-02", true, "Diario");
    private static final ArticleRef ODD = new ArticleRef("news/m", "articles/news-m.html?a=1&b=\"2\"",
            "Odd \uE0000<>&\"'\u00e9\uE001 'title'", false, "e<n>", null, false, null);
    private static final ArticleRef UNKNOWN = new ArticleRef("news/c", "articles/news-c.html", "Regen", true, null,
            null, false, null);

    @TempDir
    Path dir;

    private static MatchView match(ArticleRef a, ArticleRef b, String score, String relation, List<String> names,
                                   List<String> numbers, String compareUrl, CopiesRef aCopies, CopiesRef bCopies) {
        return new MatchView(a, b, score, relation, true, names, List.of("Peru", "Chile"), numbers, List.of(),
                compareUrl, aCopies, bCopies);
    }

    /** A list page's model, with the links to copies that the theme's items insert. */
    private static Map<String, Object> model(Templates templates, String root) {
        Map<String, Object> model = new HashMap<>(Map.of("root", root, "path", "matches/en-es.html"));
        model.put("copiesLinks", FragmentTexts.copiesLinks(templates).on(model));
        return model;
    }

    /** The match lists' items and the story pages' matches, each with its template and fragment. */
    private record Kind(MatchItems items, String template, String fragment) {

        static List<Kind> all(Templates templates) {
            return List.of(new Kind(MatchItems.lists(templates), "fragments", "matchItem"),
                    new Kind(MatchItems.stories(templates), "story", "storyMatch"));
        }

        /** The item as the theme's fragment renders it from the page's whole model. */
        String rendered(Templates templates, Map<String, Object> page, MatchView m) {
            return templates.fragment(template, fragment, page, "m", m);
        }
    }

    @Test
    void theThemesItemsAreTheirFragmentAsThymeleafRendersIt() {
        Templates templates = new Templates(null);
        CopiesRef copies = new CopiesRef("copies/<c>&.html", 3);
        List<MatchView> matches = List.of(
                match(EN, ES, "0.91", "translation", List.of("Lima", "Ana <b>"), List.of("2,500"), "compare/a-b.html",
                        null, copies),
                match(EN, ES, "0.87", "translation", List.of("Cusco"), List.of("7"), "compare/a-c.html", null, copies),
                match(ES, ODD, "0.42", "related & <other>", List.of(), List.of("1", "2"), null, copies,
                        new CopiesRef("copies/d.html", 2)),
                match(UNKNOWN, EN, "0.5", "", List.of("\uE0001<>&\"'\u00e9\uE001"), List.of(), "", null, null),
                match(UNKNOWN, ODD, "0.3", "same-story", List.of(""), List.of(), null, null, null));
        for (Kind kind : Kind.all(templates)) {
            for (String root : List.of("", "../")) {
                Map<String, Object> page = model(templates, root);
                for (MatchView m : matches) {
                    assertEquals(kind.rendered(templates, page, m), kind.items().on(page).of(m),
                            kind.fragment() + " " + root + " " + m);
                }
            }
        }
        MatchItems items = MatchItems.lists(templates);
        Map<String, Object> page = model(templates, "../");
        String first = items.on(page).of(matches.get(0));
        assertTrue(first.contains("lang=\"es\">Vuelven &lt;las&gt; lluvias</a>"), first);
        assertTrue(first.contains("<dd>Lima, Ana &lt;b&gt;</dd>"), first);
        assertTrue(first.contains("(and <a href=\"../copies/&lt;c&gt;&amp;.html\">2 copies</a>)"), first);
        String second = items.on(page).of(matches.get(1));
        assertTrue(second.contains("score <strong>0.87</strong>") && second.contains("<dd>Cusco</dd>"),
                "the second item of the first one's shape shows its own values: " + second);
    }

    @Test
    void theThemesPagesEqualThoseOfItsOwnFragmentsAndStoryGivenAsAUsers() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        for (String template : List.of("fragments", "story")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(Templates.THEME + template
                    + ".html")) {
                Files.write(templates.resolve(template + ".html"), in.readAllBytes());
            }
        }
        Briefing briefing = Fixtures.briefing();
        SiteRenderer.SiteInfo site = new SiteRenderer.SiteInfo("Harvests", null, Instant.parse("2025-03-04T05:06:07Z"),
                false, null, List.of());
        new SiteRenderer(null, Outlets.NONE, site).render(briefing, dir.resolve("drawn"));
        new SiteRenderer(templates, Outlets.NONE, site).render(briefing, dir.resolve("rendered"));
        String drawn = Files.readString(dir.resolve("drawn/matches.html"));
        assertEquals(Files.readString(dir.resolve("rendered/matches.html")), drawn);
        assertTrue(drawn.contains("<li class=\"match\">\n        <p class=\"pair\">"), drawn);
        SiteIndex index = new SiteIndex(briefing);
        String story = Files.readString(dir.resolve("drawn").resolve(index.storyUrl(briefing.stories().get(0))));
        assertTrue(story.contains("Matches within the story") && story.contains("score"), story);
        try (Stream<Path> pages = Files.walk(dir.resolve("drawn"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Path other = dir.resolve("rendered").resolve(dir.resolve("drawn").relativize(page));
                assertEquals(Files.readString(other), Files.readString(page), page.toString());
            }
        }
    }

    @Test
    void aUsersTemplateRendersItsOwnItemFromThePagesModel() throws IOException {
        Fixtures.userTemplate(dir, "fragments", "<th:block th:fragment=\"matchItem(m)\"><b"
                + " th:text=\"${m.b.title}\">t</b> on <i th:text=\"${path}\">path</i></th:block>");
        Path templates = Fixtures.userTemplate(dir, "story", "<th:block th:fragment=\"storyMatch(m)\"><i"
                + " th:text=\"${m.a.title}\">t</i> in <b th:text=\"${path}\">path</b></th:block>");
        Templates user = new Templates(templates);
        MatchView m = match(EN, ES, "0.9", "translation", List.of(), List.of(), null, null, null);
        assertEquals("<b>Vuelven &lt;las&gt; lluvias</b> on <i>matches/en-es.html</i>",
                MatchItems.lists(user).on(model(user, "")).of(m));
        assertEquals("<i>Rains return</i> in <b>matches/en-es.html</b>", MatchItems.stories(user).on(model(user, ""))
                .of(m));
    }
}

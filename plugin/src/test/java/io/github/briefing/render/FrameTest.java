package io.github.briefing.render;

import io.github.briefing.read.Outlets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameTest {

    private static final SiteRenderer.SiteInfo SITE = new SiteRenderer.SiteInfo("Harvests", null,
            Instant.parse("2025-03-04T05:06:07Z"), false, null, List.of());
    private static final List<MarkdownPages.Page> PAGES = List.of(new MarkdownPages.Page("about", "About", "<p>a</p>"),
            new MarkdownPages.Page("timeline-notes", "Notes", "<p>n</p>"));

    @TempDir
    Path dir;

    private static Map<String, Object> model(String root, String section) {
        Map<String, Object> model = new HashMap<>(Map.of("site", SITE, "pages", PAGES, "root", root));
        model.put("section", section);
        return model;
    }

    /** The theme's frame as one page gets it, given {@code section} for what it reads of the page's place. */
    private static String frame(Templates templates, String path, String section) {
        String root = path.contains("/") ? "../" : "";
        return templates.fragment(Frame.TEMPLATE, "masthead", model(root, section))
                + templates.fragment(Frame.TEMPLATE, "colophon", model(root, section));
    }

    @Test
    void theThemesFrameReadsNoMoreOfAPagesPathThanItsSection() {
        Templates templates = new Templates(null);
        List<String> paths = List.of("index.html", "timeline.html", "timeline/2019-03.html", "timeline/2019-03-2.html",
                "stories/index.html", "stories/s1.html", "sources/index.html", "sources/daily-2.html", "matches.html",
                "matches/en-es.html", "search.html", "404.html", "about.html", "timeline-notes.html",
                "articles/harvest-en.html", "compare/a-b.html", "copies/a.html");
        for (String path : paths) {
            assertEquals(frame(templates, path, path), frame(templates, path, Frame.section(path)), path);
        }
        assertEquals("articles/", Frame.section("articles/harvest-en.html"));
        String month = frame(templates, "timeline/2019-03.html", Frame.section("timeline/2019-03.html"));
        assertTrue(month.contains("href=\"../timeline.html\" aria-current=\"page\""), month);
        String story = frame(templates, "stories/s1.html", Frame.section("stories/s1.html"));
        assertFalse(story.contains("aria-current"), story);
        assertTrue(frame(templates, "about.html", "about.html").contains("href=\"about.html\" aria-current=\"page\""));
        assertFalse(frame(templates, "search.html", "search.html").contains("<form"), "no search box on the search page");
    }

    @Test
    void aFrameOfTheUsersIsRenderedForEveryPageFromItsWholeModel() throws IOException {
        Path templates = Fixtures.userTemplate(dir, Frame.TEMPLATE,
                "<th:block th:fragment=\"masthead\"><p class=\"at\" th:text=\"${path}\">path</p></th:block>"
                + "<th:block th:fragment=\"colophon\"><p th:text=\"${section}\">section</p></th:block>");
        Path site = dir.resolve("site");
        new SiteRenderer(templates, Outlets.NONE, SITE).render(Fixtures.briefing(), site);
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        for (String page : List.of(index.articleUrl(Fixtures.EN), index.articleUrl(Fixtures.ES), "index.html")) {
            String html = Files.readString(site.resolve(page));
            assertTrue(html.contains("<p class=\"at\">" + page + "</p>"), html);
            assertTrue(html.contains("<p>" + Frame.section(page) + "</p>"), html);
            assertFalse(html.contains("masthead"), "the theme's frame is not used: " + html);
            assertTrue(html.contains("<main id=\"main\">"), "the theme's layout still is");
        }
    }
}

package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.match.Match;
import io.github.briefing.read.Outlets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunTextsTest {

    private static final SiteRenderer.SiteInfo SITE = new SiteRenderer.SiteInfo("Harvests", null,
            Instant.parse("2025-03-04T05:06:07Z"), false, null, List.of());
    private static final String ODD = " met \uE0001<>&\"'\u00e9\uE001 ";

    @TempDir
    Path dir;

    @Test
    void theThemesParagraphsAreTheirFragmentsAsThymeleafRendersThem() {
        Templates templates = new Templates(null);
        List<Span> spans = List.of(new Span("Tom & \"Jerry\" <b>'s</b> ", null), new Span("Per\u00fa", "place"),
                new Span("", null), new Span(ODD, null), new Span("2,500", "number"), new Span("x", ""),
                new Span(".", null));
        String drawn = RunTexts.spans(templates).on(Map.of()).of(spans);
        assertEquals(templates.fragment("compare", "spans", Map.of("p", spans)), drawn);
        assertTrue(drawn.startsWith("Tom &amp; &quot;Jerry&quot; &lt;b&gt;&#39;s&lt;/b&gt; <mark class=\"place\">Per\u00fa"
                + "</mark>"), drawn);
        assertEquals("", RunTexts.spans(templates).on(Map.of()).of(List.of()));
        List<TextRun> runs = List.of(new TextRun("Same <words> ", null), new TextRun("only & A", "a"),
                new TextRun(ODD, "b"), new TextRun("", "b"), new TextRun("end", null));
        String changed = RunTexts.changes(templates).on(Map.of()).of(runs);
        assertEquals(templates.fragment("copies", "runs", Map.of("p", runs)), changed);
        assertTrue(changed.contains("<mark class=\"only-a\">only &amp; A</mark>"), changed);
    }

    /** The fixtures and a copy of the English article run by another outlet, a paragraph added. */
    private static Briefing withCopy() {
        Briefing b = Fixtures.briefing();
        Article en = b.articles().get(0);
        List<String> paragraphs = new ArrayList<>(en.paragraphs());
        paragraphs.add("Officials <expect> exports & imports to grow.");
        Article copy = Fixtures.article("wire/copy", "en", "Peru's crop", en.date(),
                io.github.briefing.describe.DateBasis.TEXT, "Coast Herald", paragraphs);
        Match translation = b.matches().get(0);
        Map<String, io.github.briefing.analyse.Anchors> anchors = new HashMap<>(b.anchors());
        anchors.put(copy.id(), b.anchors().get(en.id()));
        List<Article> articles = new ArrayList<>(b.articles());
        articles.add(copy);
        return new Briefing(articles, anchors, List.of(translation, new Match(en.id(), copy.id(), 0.97,
                translation.relation(), false, translation.evidence())), b.stories());
    }

    @Test
    void theThemesSideBySideAndSameTextPagesEqualThoseOfItsOwnTemplatesGivenAsAUsers() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        for (String template : List.of("compare", "copies")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(Templates.THEME + template
                    + ".html")) {
                Files.write(templates.resolve(template + ".html"), in.readAllBytes());
            }
        }
        Briefing briefing = withCopy();
        new SiteRenderer(null, Outlets.NONE, SITE).render(briefing, dir.resolve("drawn"));
        new SiteRenderer(templates, Outlets.NONE, SITE).render(briefing, dir.resolve("rendered"));
        SiteIndex index = new SiteIndex(briefing);
        for (String url : List.of(index.compareUrl(briefing.matches().get(0)), index.copiesOf("wire/copy").url())) {
            String drawn = Files.readString(dir.resolve("drawn").resolve(url));
            assertEquals(Files.readString(dir.resolve("rendered").resolve(url)), drawn, url);
            assertTrue(drawn.contains("<mark class=\"number\">2,500</mark>")
                    || drawn.contains("<mark class=\"only-b\">Officials &lt;expect&gt; exports &amp; imports to grow."
                    + "</mark>"), drawn);
        }
    }

    @Test
    void aUsersTemplateRendersItsOwnFragmentFromThePagesModel() throws IOException {
        Path templates = Fixtures.userTemplate(dir, "compare", "<th:block th:fragment=\"spans(p)\"><i"
                + " th:each=\"s : ${p}\" th:text=\"${s.text}\">s</i><b th:text=\"${path}\">path</b></th:block>");
        Map<String, Object> page = new HashMap<>(Map.of("path", "compare/a.html"));
        assertEquals("<i>Per\u00fa</i><i> rain</i><b>compare/a.html</b>", RunTexts.spans(new Templates(templates))
                .on(page).of(List.of(new Span("Per\u00fa", "place"), new Span(" rain", null))));
    }
}

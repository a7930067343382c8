package io.github.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.InvalidInputException;
import io.github.briefing.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole pipeline, from a folder of articles to a site, without Maven. */
class PipelineTest {

    @TempDir
    Path dir;

    private static final String ENGLISH = """
            Flood waters force 12,000 from homes along the Danube
            May 5, 2024 | 18:40

            BUDAPEST, Hungary -- Flood waters forced about 12,000 people from their homes along the Danube on Sunday, May 5, 2024, officials in Hungary and Serbia said, as the river rose to 8.9 metres in Budapest.

            Rescue teams led by Anna Kovacs evacuated 37 villages, and the government of Viktor Orban declared an emergency in 14 counties.
            """;
    private static final String GERMAN = """
            Hochwasser an der Donau: 12.000 Menschen verlassen ihre Häuser

            BUDAPEST -- Das Hochwasser hat am Sonntag rund 12.000 Menschen an der Donau aus ihren Häusern vertrieben, teilten Behörden in Ungarn und Serbien mit; in Budapest stieg der Fluss auf 8,9 Meter.

            Rettungsteams unter Leitung von Anna Kovacs räumten 37 Dörfer, die Regierung von Viktor Orban rief in 14 Bezirken den Notstand aus.
            """;

    private BuildSettings settings() {
        return new BuildSettings(dir.resolve("articles"), dir.resolve("site"), dir.resolve("pages"),
                dir.resolve("templates"), dir.resolve("sources.yml"), dir.resolve("static"), "Test briefing", null,
                Instant.parse("2024-06-01T00:00:00Z"), false, false);
    }

    private void article(String name, String text) throws IOException {
        Path file = dir.resolve("articles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private JsonNode export() throws IOException {
        return new ObjectMapper().readTree(dir.resolve("site/briefing.json").toFile());
    }

    @Test
    void buildsEveryPageAndTheExportFromAFolder() throws Exception {
        article("en/flood.txt", ENGLISH);
        article("de/hochwasser.txt", GERMAN);
        new SiteBuild(settings(), BuildLog.SILENT).run();

        JsonNode json = export();
        assertEquals(1, json.get("schemaVersion").asInt());
        Set<String> ids = new HashSet<>();
        for (JsonNode a : json.get("articles")) {
            ids.add(a.get("id").asText());
            assertTrue(Files.isRegularFile(dir.resolve("site").resolve(a.get("url").asText())), "no page for " + a);
            assertFalse(a.has("text"), "text is exported only on request");
        }
        assertEquals(Set.of("en/flood", "de/hochwasser"), ids);
        for (String page : List.of("index.html", "timeline.html", "matches.html", "sources/index.html",
                "stories/index.html", "404.html", "sitemap.xml", "feed.xml", ".nojekyll", "assets/style.css")) {
            assertTrue(Files.isRegularFile(dir.resolve("site").resolve(page)), page);
        }
        JsonNode match = json.get("matches").get(0);
        assertTrue(match.get("crossLingual").asBoolean(), "the two languages tell one story: " + json.get("matches"));
        assertTrue(match.get("evidence").get("numbers").toString().contains("12000"));
    }

    @Test
    void readsTheFactsOfEachArticle() throws Exception {
        article("flood.txt", ENGLISH);
        article("hochwasser.txt", GERMAN);
        new SiteBuild(settings().withExportText(true), BuildLog.SILENT).run();
        JsonNode english = find(export(), "flood");
        assertEquals("en", english.get("lang").asText());
        assertEquals("Flood waters force 12,000 from homes along the Danube", english.get("title").asText());
        assertEquals("2024-05-05", english.get("date").asText());
        assertEquals("text", english.get("dateBasis").asText());
        assertFalse(english.get("text").asText().contains("Flood waters force 12,000 from homes along the Danube\n"),
                "the headline is not body");
        assertEquals("de", find(export(), "hochwasser").get("lang").asText());
    }

    @Test
    void listsEveryProblemAtOnceAndWritesNothing() throws Exception {
        article("good.txt", ENGLISH);
        article("empty.txt", "");
        article("broken.jsonl", "{\"text\": \"fine\"}\n{\"text\": \n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SiteBuild(settings(), BuildLog.SILENT).run());
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("empty.txt") && e.getMessage().contains("broken.jsonl:2"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void skipsBadFilesOnRequestAndReportsThem() throws Exception {
        article("good.txt", ENGLISH);
        article("empty.txt", "");
        new SiteBuild(settings().withSkipInvalid(true), BuildLog.SILENT).run();
        assertEquals(1, export().get("articles").size());
        String report = Files.readString(dir.resolve("site/build-report.html"));
        assertTrue(report.contains("empty.txt"), "the skipped file is on the build report page");
    }

    @Test
    void userTemplatesOverrideTheThemeByName() throws Exception {
        article("flood.txt", ENGLISH);
        Path templates = dir.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("404.html"),
                "<html xmlns:th=\"http://www.thymeleaf.org\"><body><p th:text=\"${site.title}\">x</p>own</body></html>");
        new SiteBuild(settings(), BuildLog.SILENT).run();
        String notFound = Files.readString(dir.resolve("site/404.html"));
        assertTrue(notFound.contains("<p>Test briefing</p>own"), notFound);
        assertTrue(Files.readString(dir.resolve("site/index.html")).contains("assets/style.css"), "others stay the theme's");
    }

    @Test
    void replacesThePreviousSiteAsAWhole() throws Exception {
        article("flood.txt", ENGLISH);
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("site/stale.html"), "old");
        new SiteBuild(settings(), BuildLog.SILENT).run();
        assertFalse(Files.exists(dir.resolve("site/stale.html")));
        try (var siblings = Files.list(dir)) {
            assertEquals(Set.of("articles", "site"), siblings.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "no temporary folders are left behind");
        }
    }

    private static JsonNode find(JsonNode json, String id) {
        for (JsonNode a : json.get("articles")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no article " + id);
    }
}

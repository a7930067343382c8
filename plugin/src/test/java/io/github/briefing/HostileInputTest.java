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
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Text scraped off the open web is hostile: nothing in it may run in a reader's browser, be evaluated as a
 * template, or steer where files are written.
 */
class HostileInputTest {

    private static final Pattern ACTIVE_MARKUP = Pattern.compile(
            "(?i)<script>document|<img src=x|href=\"\\s*(javascript|data):|\\son\\w+=\"document");

    @TempDir
    Path dir;

    private BuildSettings settings() {
        return new BuildSettings(dir.resolve("content/articles"), dir.resolve("out/site"), dir.resolve("content/pages"),
                dir.resolve("content/templates"), dir.resolve("content/sources.yml"), dir.resolve("content/static"),
                "Hostile " + HostileCorpus.SCRIPT, null, Instant.parse("2024-01-01T00:00:00Z"), false, false);
    }

    private void write(String relative, String text) throws IOException {
        HostileCorpus.write(dir.resolve("content"), relative, text);
    }

    private void hostileCorpus() throws IOException {
        HostileCorpus.writeAll(dir.resolve("content"));
    }

    @Test
    void noScriptFromContentReachesAPage() throws Exception {
        hostileCorpus();
        new SiteBuild(settings(), BuildLog.SILENT).run();
        List<Path> pages = files(dir.resolve("out/site")).stream().filter(p -> p.toString().endsWith(".html")).toList();
        assertTrue(pages.size() > 8, "the site was built: " + pages);
        for (Path page : pages) {
            String html = Files.readString(page);
            assertFalse(ACTIVE_MARKUP.matcher(html).find(), page + " carries active markup from content");
        }
        String all = pages.stream().map(HostileInputTest::read).collect(Collectors.joining());
        assertTrue(all.contains("&lt;script&gt;"), "hostile text is shown as text, escaped");
    }

    @Test
    void noTemplateExpressionFromContentIsEvaluated() throws Exception {
        hostileCorpus();
        new SiteBuild(settings().withExportText(true), BuildLog.SILENT).run();
        String all = files(dir.resolve("out/site")).stream().filter(p -> p.toString().endsWith(".html"))
                .map(HostileInputTest::read).collect(Collectors.joining());
        for (String expression : HostileCorpus.TEMPLATE_EXPRESSIONS) {
            assertTrue(all.contains(expression), expression + " comes out as literal text");
        }
        assertFalse(all.contains("java.lang.ProcessImpl") || all.contains("Runtime@"), "no expression ran");
    }

    @Test
    void everyOutputPathStaysInsideTheOutputFolder() throws Exception {
        hostileCorpus();
        Set<Path> before = files(dir);
        new SiteBuild(settings(), BuildLog.SILENT).run();
        Set<Path> created = files(dir).stream().filter(p -> !before.contains(p)).collect(Collectors.toSet());
        for (Path file : created) {
            assertTrue(file.startsWith(dir.resolve("out/site")), "written outside the site: " + file);
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out/site/briefing.json").toFile());
        Set<String> urls = new java.util.HashSet<>();
        for (JsonNode a : json.get("articles")) {
            String url = a.get("url").asText();
            assertTrue(url.matches("articles/[a-z0-9-]+\\.html"), url);
            assertTrue(urls.add(url), "two articles share the page " + url);
        }
        assertEquals(4, urls.size());
    }

    @Test
    void collidingSlugsGetTheSamePagesInEveryBuild() throws Exception {
        hostileCorpus();
        new SiteBuild(settings(), BuildLog.SILENT).run();
        String first = Files.readString(dir.resolve("out/site/briefing.json"));
        new SiteBuild(settings(), BuildLog.SILENT).run();
        assertEquals(first, Files.readString(dir.resolve("out/site/briefing.json")));
    }

    @Test
    void staticFilesAreCopiedAsTheyAre() throws Exception {
        hostileCorpus();
        write("static/CNAME", "briefing.example.org\n");
        write("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        new SiteBuild(settings(), BuildLog.SILENT).run();
        assertEquals("briefing.example.org\n", Files.readString(dir.resolve("out/site/CNAME")));
        assertTrue(Files.isRegularFile(dir.resolve("out/site/img/logo.svg")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteIntact() throws Exception {
        hostileCorpus();
        new SiteBuild(settings(), BuildLog.SILENT).run();
        Set<Path> siteBefore = files(dir.resolve("out/site"));
        String indexBefore = Files.readString(dir.resolve("out/site/index.html"));
        write("templates/timeline.html", "<html xmlns:th=\"http://www.thymeleaf.org\"><body th:text=\"${\">x</body></html>");
        assertThrows(Exception.class, () -> new SiteBuild(settings(), BuildLog.SILENT).run());
        assertEquals(siteBefore, files(dir.resolve("out/site")));
        assertEquals(indexBefore, Files.readString(dir.resolve("out/site/index.html")));
        try (Stream<Path> siblings = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(dir.resolve("out/site")), siblings.toList(), "no temporary folder is left behind");
        }
    }

    @Test
    void aTemplateThatFailsOnEveryArticleStopsTheBuildWithItsOwnError() throws Exception {
        hostileCorpus();
        new SiteBuild(settings(), BuildLog.SILENT).run();
        Set<Path> siteBefore = files(dir.resolve("out/site"));
        write("templates/article.html", "<html xmlns:th=\"http://www.thymeleaf.org\"><body>"
                + "<p th:text=\"${article.noSuchPart.atAll}\">x</p></body></html>");
        InvalidInputException e = buildFails();
        assertTrue(e.getMessage().contains(dir.resolve("content/templates/article.html") + ":1:")
                && e.getMessage().contains("noSuchPart") && e.getMessage().contains("remove it"), e.getMessage());
        assertEquals(0, e.getSuppressed().length, "the unfinished site was deleted: " + List.of(e.getSuppressed()));
        assertEquals(siteBefore, files(dir.resolve("out/site")));
        try (Stream<Path> siblings = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(dir.resolve("out/site")), siblings.toList(), "no page is written after the build");
        }
    }

    @Test
    void aSymbolicLinkLoopIsAProblemNotAHang() throws Exception {
        hostileCorpus();
        Files.createSymbolicLink(dir.resolve("content/articles/loop"), dir.resolve("content/articles"));
        InvalidInputException e = buildFails();
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
    }

    @Test
    void aNamedPipeIsAProblemNotAHang() throws Exception {
        hostileCorpus();
        Path fifo = dir.resolve("content/articles/pipe.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        InvalidInputException e = buildFails();
        assertTrue(e.getMessage().contains("pipe.txt") && e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void markdownThatSendsTheParserSearchingWithoutEndIsAProblemNotAHang() throws Exception {
        hostileCorpus();
        // An unclosed link label of backslash escapes: each can be read two ways, so the parser's pattern tries 2^n.
        write("articles/runaway.md", "---\ntitle: Runaway\n---\n\n[" + "\\".repeat(80) + "\u0002[x]\n[\n");
        InvalidInputException e = buildFails();
        assertTrue(e.getMessage().contains("runaway.md") && e.getMessage().contains("gave up"), e.getMessage());
    }

    @Test
    void aLinkToNothingIsAProblem() throws Exception {
        hostileCorpus();
        Files.createSymbolicLink(dir.resolve("content/articles/gone.txt"), dir.resolve("nowhere.txt"));
        InvalidInputException e = buildFails();
        assertTrue(e.getMessage().contains("gone.txt: a symbolic link to a file that does not exist"), e.getMessage());
    }

    @Test
    void aFileNobodyMayReadIsAProblem() throws Exception {
        hostileCorpus();
        Path locked = dir.resolve("content/articles/locked.txt");
        Files.writeString(locked, "Officials said the river rose.");
        Files.setPosixFilePermissions(locked, Set.of());
        assumeFalse(Files.isReadable(locked), "this user may read any file (root), so nothing is unreadable");
        InvalidInputException e = buildFails();
        assertTrue(e.getMessage().contains("locked.txt: the file cannot be read"), e.getMessage());
    }

    @Test
    void skippedFilesAreListedAndTheRestIsBuilt() throws Exception {
        hostileCorpus();
        Files.createSymbolicLink(dir.resolve("content/articles/gone.txt"), dir.resolve("nowhere.txt"));
        Files.write(dir.resolve("content/articles/binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0});
        new SiteBuild(settings().withSkipInvalid(true), BuildLog.SILENT).run();
        String report = Files.readString(dir.resolve("out/site/build-report.html"));
        assertTrue(report.contains("gone.txt") && report.contains("binary.txt"), "both skipped files are listed");
        JsonNode articles = new ObjectMapper().readTree(dir.resolve("out/site/briefing.json").toFile()).get("articles");
        assertEquals(4, articles.size(), "every sound article is built");
    }

    private InvalidInputException buildFails() {
        return assertThrows(InvalidInputException.class, () -> new SiteBuild(settings(), BuildLog.SILENT).run());
    }

    private static Set<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

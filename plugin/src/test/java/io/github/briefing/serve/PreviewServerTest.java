package io.github.briefing.serve;

import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.RecordingLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewServerTest {

    private static final String ARTICLE = """
            Harbour cranes stand idle in Portsmouth strike

            PORTSMOUTH - Dock workers in Portsmouth walked out on Monday over a pay offer, leaving 14 ships waiting.

            The union said 1,200 members joined the strike, which is to last until Thursday.
            """;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesTheSiteAndServesAnEditedArticleAfterTheRebuild(@TempDir Path content) throws Exception {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Path article = articles.resolve("strike.txt");
        Files.writeString(article, ARTICLE);
        Path site = content.resolve("site");
        try (PreviewServer server = PreviewServer.start(BuildSettings.forContent(content, site), 0, BuildLog.SILENT)) {
            String page = articlePage(site);
            HttpResponse<String> first = get(server.address().resolve(page));
            assertEquals(200, first.statusCode());
            assertTrue(first.body().contains("walked out on Monday"));
            assertTrue(first.body().contains(ReloadEvents.PATH), "served pages carry the reload script");
            assertFalse(Files.readString(site.resolve(page)).contains(ReloadEvents.PATH),
                    "the built file stays as generate writes it");

            CompletableFuture<Boolean> reloaded = CompletableFuture.supplyAsync(() -> awaitReload(server.address()));
            Thread.sleep(300); // lets the event stream open before the edit
            Files.writeString(article, ARTICLE.replace("walked out on Monday", "walked out on Tuesday"));

            assertTrue(reloaded.get(30, TimeUnit.SECONDS), "open tabs are told to reload");
            assertTrue(pollFor(server.address().resolve(page), "walked out on Tuesday", Duration.ofSeconds(30)));
        }
    }

    @Test
    void aRebuildWithoutACacheFolderReusesUnchangedPagesAndLeavesNoCacheBehind(@TempDir Path content) throws Exception {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Path article = articles.resolve("strike.txt");
        Files.writeString(article, ARTICLE);
        Files.writeString(articles.resolve("orchard.txt"), """
                Frost ruins apple harvest in Styria

                GRAZ - Farmers in Styria lost about 60 percent of this year's apples to a late frost on Friday.
                """);
        java.util.List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        BuildLog into = RecordingLog.into(log);
        Path site = content.resolve("site");
        Path cache;
        try (PreviewServer server = PreviewServer.start(BuildSettings.forContent(content, site), 0, into)) {
            cache = Path.of(log.stream().filter(m -> m.contains(" from the cache in ")).findFirst().orElseThrow()
                    .replaceFirst(".* from the cache in ", ""));
            Files.writeString(article, ARTICLE.replace("walked out on Monday", "walked out on Tuesday"));
            assertTrue(pollFor(server.address().resolve("articles/strike.html"), "walked out on Tuesday",
                    Duration.ofSeconds(30)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (log.stream().noneMatch(m -> m.startsWith("Rebuilt in")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        }
        assertTrue(log.contains("Reused 1 of 2 articles from the cache in " + cache), String.join("\n", log));
        assertTrue(log.stream().anyMatch(m -> m.matches("Reused [1-9][0-9]* unchanged pages from the previous build")),
                String.join("\n", log));
        assertFalse(Files.exists(cache), "the session's cache is deleted when it stops");
    }

    @Test
    void aFailedRebuildIsShownInOpenTabsUntilTheNextRebuildSucceeds(@TempDir Path content) throws Exception {
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("strike.txt"), ARTICLE);
        List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(BuildSettings.forContent(content, content.resolve("site")), 0,
                RecordingLog.into(log))) {
            assertTrue(get(server.address()).body().contains("'" + ReloadEvents.PROBLEM + "'"),
                    "served pages listen for problems");
            CompletableFuture<List<String>> open = CompletableFuture.supplyAsync(() -> events(server.address(), 1));
            Thread.sleep(300); // lets the event stream open before the edit
            Path broken = articles.resolve("wire.json");
            // moved in whole, so that no rebuild sees the file half written
            Files.move(Files.writeString(content.resolve("wire.json"), "{\"title\": \"Cranes idle\", \"text\": \n"),
                    broken, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            String shown = open.get(30, TimeUnit.SECONDS).get(0);
            assertTrue(shown.startsWith("event: " + ReloadEvents.PROBLEM + "\n"), shown + "\n" + String.join("\n", log));
            assertTrue(shown.contains("wire.json") && shown.contains("not rebuilt"), shown);
            assertFalse(shown.lines().anyMatch(l -> !l.startsWith("data: ") && !l.startsWith("event: ")), shown);

            // A tab opened while the sources are broken is told at once, then to reload once they build again.
            CompletableFuture<List<String>> later = CompletableFuture.supplyAsync(() -> events(server.address(), 2));
            Thread.sleep(300);
            Files.delete(broken);
            assertEquals(List.of(shown, "data: reload\n"), later.get(30, TimeUnit.SECONDS),
                    "the problem at once, then the reload");
            assertEquals(List.of(), CompletableFuture.supplyAsync(() -> events(server.address(), 1))
                    .completeOnTimeout(List.of(), 1, TimeUnit.SECONDS).get(), "a tab opened now is told nothing");
        }
    }

    @Test
    void refusesPathsOutsideTheSiteAndAnswersMissingPagesWith404(@TempDir Path content) throws Exception {
        Files.writeString(Files.createDirectories(content.resolve("articles")).resolve("strike.txt"), ARTICLE);
        Files.writeString(content.resolve("secret.txt"), "not for the web");
        try (PreviewServer server = PreviewServer.start(BuildSettings.forContent(content, content.resolve("site")), 0,
                BuildLog.SILENT)) {
            assertEquals(404, get(server.address().resolve("/../secret.txt")).statusCode());
            assertEquals(404, get(server.address().resolve("/no-such-page.html")).statusCode());
            assertEquals(200, get(server.address()).statusCode());
        }
    }

    private static String articlePage(Path site) throws Exception {
        try (Stream<Path> pages = Files.list(site.resolve("articles"))) {
            return "articles/" + pages.findFirst().orElseThrow().getFileName();
        }
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private boolean pollFor(URI uri, String text, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            if (get(uri).body().contains(text)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /**
     * The first {@code count} events of a new event stream, each as its lines (each with its line end), past the
     * comment that opens it; fewer when the stream ends first.
     */
    private List<String> events(URI address, int count) {
        List<String> events = new ArrayList<>();
        try {
            HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(
                    address.resolve(ReloadEvents.PATH)).build(), HttpResponse.BodyHandlers.ofInputStream());
            StringBuilder event = new StringBuilder();
            // Left open: the server's close ends the stream.
            BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() && !event.isEmpty()) {
                    events.add(event.toString());
                    if (events.size() == count) {
                        break; // before the next line, which may never come
                    }
                    event.setLength(0);
                } else if (!line.isEmpty() && !line.startsWith(":")) {
                    event.append(line).append('\n');
                }
            }
        } catch (Exception e) {
            // the events read so far are the answer
        }
        return events;
    }

    /** Reads the event stream until a reload event comes; the server's close ends the stream. */
    private boolean awaitReload(URI address) {
        try {
            HttpResponse<java.io.InputStream> events = http.send(HttpRequest.newBuilder(
                    address.resolve(ReloadEvents.PATH)).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("data: reload")) {
                        return true;
                    }
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}

package io.github.briefing.build;

import io.github.briefing.analyse.NameKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncrementalBuildTest {

    private static final Map<String, String> ARTICLES = Map.of(
            "ferry.txt", """
                    Ferry service resumes between Tallinn and Helsinki

                    TALLINN - The ferry operator Baltic Link restarted its route to Helsinki on Wednesday after \
                    a storm kept 3,400 passengers ashore for two days.

                    Harbour officials in Estonia said the first ship left at 07:30 with 812 people on board.
                    """,
            "ferry-de.txt", """
                    Fähre zwischen Tallinn und Helsinki fährt wieder

                    Die Reederei Baltic Link hat am Mittwoch ihre Route nach Helsinki wieder aufgenommen, nachdem \
                    ein Sturm 3.400 Passagiere zwei Tage lang an Land festgehalten hatte.

                    Das erste Schiff legte um 07:30 Uhr mit 812 Menschen an Bord ab, teilte Estland mit.
                    """,
            "orchard.txt", """
                    Frost ruins apple harvest in Styria

                    GRAZ - Farmers in Styria lost about 60 percent of this year's apples to a late frost, the \
                    chamber of agriculture in Austria said on Friday.

                    The chamber put the damage at 45 million euros and asked Vienna for help.
                    """);

    @Test
    void aRebuildAfterOneEditWritesTheSameSiteAsACleanBuild(@TempDir Path work) throws Exception {
        Path content = withArticles(work, ARTICLES.keySet());
        Path articles = content.resolve("articles");
        Path cache = work.resolve("target/briefing-cache");
        BuildSettings cached = BuildSettings.forContent(content, work.resolve("incremental")).withCache(cache);
        new SiteBuild(cached, BuildLog.SILENT).run();

        Files.writeString(articles.resolve("orchard.txt"),
                ARTICLES.get("orchard.txt").replace("60 percent", "70 percent"));
        List<String> log = new ArrayList<>();
        new SiteBuild(cached, RecordingLog.into(log)).run();
        new SiteBuild(BuildSettings.forContent(content, work.resolve("clean")), BuildLog.SILENT).run();

        assertTrue(log.contains("Reused 2 of 3 articles from the cache in " + cache), String.join("\n", log));
        assertTrue(log.contains("Knew 2 of 3 files by their bytes from the previous build"), String.join("\n", log));
        Map<String, byte[]> incremental = files(work.resolve("incremental"));
        int pagesReused = reusedPages(log);
        assertTrue(pagesReused > 0 && pagesReused < incremental.size(), "some pages, not all: " + pagesReused);
        int[] pairs = reusedPairs(log);
        assertTrue(pairs[0] > 0 && pairs[0] < pairs[1], "the unchanged pair's scores, not the edited article's: "
                + pairs[0] + " of " + pairs[1]);
        Map<String, byte[]> clean = files(work.resolve("clean"));
        assertEquals(clean.keySet(), incremental.keySet());
        clean.forEach((name, bytes) -> assertArrayEquals(bytes, incremental.get(name), name));
        assertTrue(new String(incremental.get("briefing.json")).contains("Frost ruins apple harvest"));
        assertTrue(incremental.keySet().stream().anyMatch(name -> name.startsWith("articles/")
                && new String(incremental.get(name)).contains("70 percent")), "the edit is in the site");

        List<String> again = new ArrayList<>();
        new SiteBuild(cached, RecordingLog.into(again)).run();
        assertTrue(again.contains("Reused 3 of 3 articles from the cache in " + cache), "entries kept as read are "
                + "read back: " + String.join("\n", again));
        assertEquals(reusedPairs(again)[1], reusedPairs(again)[0], "nothing changed, nothing is rescored");
        Map<String, byte[]> unchanged = files(work.resolve("incremental"));
        clean.forEach((name, bytes) -> assertArrayEquals(bytes, unchanged.get(name), name));
    }

    /**
     * Enough articles that one edit leaves most of them as the last build had them, so that the match stage numbers
     * its views, and the names are confirmed, from the last build's: the first article (where most features first
     * appear) loses words and gains new ones, then gets its text back.
     */
    @Test
    void aRebuildOfALargerCorpusAfterEditingItsFirstArticleWritesTheSameSiteAsACleanBuild(@TempDir Path work)
            throws Exception {
        Path content = work.resolve("content");
        Path articles = Files.createDirectories(content.resolve("articles"));
        List<String> names = new ArrayList<>(ARTICLES.keySet());
        for (int i = 0; i < 36; i++) {
            String name = names.get(i % names.size());
            Files.writeString(articles.resolve(String.format("%02d-%s", i, name)), ARTICLES.get(name)
                    .replace("3,400", String.format("%,d", 3400 + 17 * i)).replace("3.400", 3400 + 17 * i + "")
                    .replace("812", Integer.toString(812 + i)).replace("60 percent", (20 + i) + " percent"));
        }
        Path first = articles.resolve("00-" + names.get(0));
        String text = Files.readString(first);
        BuildSettings cached = BuildSettings.forContent(content, work.resolve("incremental"))
                .withCache(work.resolve("target/briefing-cache"));
        new SiteBuild(cached, BuildLog.SILENT).run();

        for (String edited : List.of(text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1))
                + "\n\nMayor Okonkwo of Lagos opened a new aquarium, with Tamm at the helm.\n", text)) {
            Files.writeString(first, edited);
            List<String> log = new ArrayList<>();
            new SiteBuild(cached, RecordingLog.into(log)).run();
            Path clean = work.resolve("clean");
            new SiteBuild(BuildSettings.forContent(content, clean), BuildLog.SILENT).run();

            assertTrue(log.contains("Reused 35 of 36 articles from the cache in " + cached.cache()),
                    String.join("\n", log));
            Map<String, byte[]> cleanFiles = files(clean);
            Map<String, byte[]> incremental = files(work.resolve("incremental"));
            assertEquals(cleanFiles.keySet(), incremental.keySet());
            cleanFiles.forEach((name, bytes) -> assertArrayEquals(bytes, incremental.get(name), name));
            OutputFolder.deleteTree(clean);
        }
    }

    @Test
    void damagedCacheFilesAreIgnoredAndTheSiteIsACleanBuilds(@TempDir Path work) throws Exception {
        BuildSettings cached = BuildSettings.forContent(ferryAndOrchard(work), work.resolve("incremental"))
                .withCache(work.resolve("target/briefing-cache"));
        new SiteBuild(cached, BuildLog.SILENT).run();
        damageEachBinaryFile(cached.cache());
        new SiteBuild(cached, BuildLog.SILENT).run();
        new SiteBuild(BuildSettings.forContent(cached.articles().getParent(), work.resolve("clean")), BuildLog.SILENT)
                .run();

        Map<String, byte[]> clean = files(work.resolve("clean"));
        Map<String, byte[]> incremental = files(work.resolve("incremental"));
        assertEquals(clean.keySet(), incremental.keySet());
        clean.forEach((name, bytes) -> assertArrayEquals(bytes, incremental.get(name), name));
        List<String> again = new ArrayList<>();
        new SiteBuild(cached, RecordingLog.into(again)).run();
        assertTrue(again.contains("Reused 2 of 2 articles from the cache in " + cached.cache()), "the cache is "
                + "whole again: " + String.join("\n", again));
        assertTrue(again.contains("Knew 2 of 2 files by their bytes from the previous build"), String.join("\n", again));
    }

    /** One byte in the middle of each binary cache file changed (a bad disk): read as it is, another value. */
    private static void damageEachBinaryFile(Path cache) throws IOException {
        try (Stream<Path> kept = Files.list(cache)) {
            for (Path file : kept.filter(f -> f.toString().endsWith(".bin")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                bytes[bytes.length / 2] ^= 0x5a;
                Files.write(file, bytes);
            }
        }
    }

    @Test
    void aRebuildAfterAnArticleIsDeletedHoldsNoneOfItsPages(@TempDir Path work) throws Exception {
        Path content = withArticles(work, ARTICLES.keySet());
        Path articles = content.resolve("articles");
        BuildSettings cached = BuildSettings.forContent(content, work.resolve("incremental"))
                .withCache(work.resolve("cache"));
        new SiteBuild(cached, BuildLog.SILENT).run();
        Map<String, byte[]> before = files(work.resolve("incremental"));

        Files.delete(articles.resolve("orchard.txt"));
        List<String> log = new ArrayList<>();
        new SiteBuild(cached, RecordingLog.into(log)).run();
        new SiteBuild(BuildSettings.forContent(content, work.resolve("clean")), BuildLog.SILENT).run();

        assertTrue(reusedPages(log) > 0, String.join("\n", log));
        Map<String, byte[]> incremental = files(work.resolve("incremental"));
        Map<String, byte[]> clean = files(work.resolve("clean"));
        assertTrue(before.size() > incremental.size(), "the deleted article's pages went");
        assertEquals(clean.keySet(), incremental.keySet());
        clean.forEach((name, bytes) -> assertArrayEquals(bytes, incremental.get(name), name));
    }

    @Test
    void oneFolderNamedTwoWaysIsOneCache(@TempDir Path work) throws Exception {
        Path content = ferryAndOrchard(work);
        BuildSettings direct = BuildSettings.forContent(content, work.resolve("site")).withCache(work.resolve("cache"));
        new SiteBuild(direct, BuildLog.SILENT).run();

        Path relative = Path.of("").toAbsolutePath().relativize(work);
        Path roundabout = relative.resolve("content/../content");
        List<String> log = new ArrayList<>();
        new SiteBuild(BuildSettings.forContent(roundabout, relative.resolve("./site"))
                .withCache(relative.resolve("cache")), RecordingLog.into(log)).run();

        assertTrue(log.contains("Knew 2 of 2 files by their bytes from the previous build"), String.join("\n", log));
        assertTrue(log.contains("Reused 2 of 2 articles from the cache in " + work.resolve("cache")),
                String.join("\n", log));
        List<String> same = new ArrayList<>();
        new SiteBuild(direct, RecordingLog.into(same)).run();
        assertEquals(reusedPages(same), reusedPages(log), "every page an unchanged build reuses");
    }

    @Test
    void aChangedSourcesFileReusesNothing(@TempDir Path work) throws Exception {
        Path content = ferryAndOrchard(work);
        Path cache = work.resolve("target/briefing-cache");
        BuildSettings settings = BuildSettings.forContent(content, work.resolve("site")).withCache(cache);
        new SiteBuild(settings, BuildLog.SILENT).run();

        Files.writeString(content.resolve("sources.yml"), "baltic-link:\n  name: Baltic Link\n");
        List<String> log = new ArrayList<>();
        new SiteBuild(settings, RecordingLog.into(log)).run();

        assertTrue(log.contains("Reused 0 of 2 articles from the cache in " + cache), String.join("\n", log));
    }

    @Test
    void aChangedTemplateRendersEveryPageAgain(@TempDir Path work) throws Exception {
        Path content = ferryAndOrchard(work);
        BuildSettings settings = BuildSettings.forContent(content, work.resolve("site"))
                .withCache(work.resolve("target/briefing-cache"));
        new SiteBuild(settings, BuildLog.SILENT).run();
        List<String> unchanged = new ArrayList<>();
        new SiteBuild(settings, RecordingLog.into(unchanged)).run();

        Path templates = Files.createDirectories(content.resolve("templates"));
        Files.writeString(templates.resolve("page.html"), "<p th:text=\"${page.title}\">title</p>");
        List<String> changed = new ArrayList<>();
        new SiteBuild(settings, RecordingLog.into(changed)).run();

        assertTrue(reusedPages(unchanged) > 0, String.join("\n", unchanged));
        assertEquals(0, reusedPages(changed), String.join("\n", changed));
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlySlowsTheNextBuild(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        Files.writeString(Files.createDirectories(content.resolve("articles")).resolve("ferry.txt"),
                ARTICLES.get("ferry.txt"));
        Path notAFolder = Files.writeString(work.resolve("target"), "a file where the cache folder would go");
        List<String> log = new ArrayList<>();
        new SiteBuild(BuildSettings.forContent(content, work.resolve("site")).withCache(notAFolder.resolve("cache")),
                RecordingLog.into(log)).run();

        assertTrue(Files.isRegularFile(work.resolve("site/briefing.json")), "the site is built");
        assertTrue(log.stream().anyMatch(line -> line.startsWith("Could not keep results for the next build in "
                + notAFolder.resolve("cache"))), String.join("\n", log));
    }

    @Test
    void aNameAnEditElsewhereConfirmsInAGermanArticleIsAsInACleanBuild(@TempDir Path work) throws Exception {
        Path content = work.resolve("content");
        Path articles = Files.createDirectories(content.resolve("articles"));
        Files.writeString(articles.resolve("ferry.txt"), ARTICLES.get("ferry.txt"));
        // Tamm stands alone, as German writes any noun: a name only when another language writes it as one.
        Files.writeString(articles.resolve("ferry-de.txt"), ARTICLES.get("ferry-de.txt")
                .replace("teilte Estland mit.", "teilte Estland mit. Am Steuer stand wieder Tamm."));
        BuildSettings cached = BuildSettings.forContent(content, work.resolve("incremental"))
                .withCache(work.resolve("target/briefing-cache"));
        new SiteBuild(cached, BuildLog.SILENT).run();
        String before = Files.readString(work.resolve("incremental/briefing.json"));

        Files.writeString(articles.resolve("ferry.txt"), ARTICLES.get("ferry.txt")
                .replace("with 812 people on board.", "with 812 people on board, with Tamm at the helm again."));
        new SiteBuild(cached, BuildLog.SILENT).run();
        new SiteBuild(BuildSettings.forContent(content, work.resolve("clean")), BuildLog.SILENT).run();

        Map<String, byte[]> clean = files(work.resolve("clean"));
        Map<String, byte[]> incremental = files(work.resolve("incremental"));
        assertEquals(clean.keySet(), incremental.keySet());
        clean.forEach((name, bytes) -> assertArrayEquals(bytes, incremental.get(name), name));
        String tamm = "\"" + NameKey.of("Tamm") + "\"";
        assertFalse(before.contains(tamm), "no name to share before the edit");
        assertTrue(new String(incremental.get("briefing.json")).contains(tamm), "a name both share after it");
    }

    /** A content folder with two of the articles, on different stories. */
    private static Path ferryAndOrchard(Path work) throws IOException {
        return withArticles(work, List.of("ferry.txt", "orchard.txt"));
    }

    /** A content folder in {@code work} holding the {@link #ARTICLES} named. */
    private static Path withArticles(Path work, java.util.Collection<String> names) throws IOException {
        Path content = work.resolve("content");
        Path articles = Files.createDirectories(content.resolve("articles"));
        for (String name : names) {
            Files.writeString(articles.resolve(name), ARTICLES.get(name));
        }
        return content;
    }

    private static int reusedPages(List<String> log) {
        return log.stream().filter(line -> line.matches("Reused \\d+ unchanged pages from the previous build"))
                .map(line -> Integer.parseInt(line.split(" ")[1])).findFirst().orElseThrow();
    }

    /** How many pair scores the build took from the last one, and of how many pairs. */
    private static int[] reusedPairs(List<String> log) {
        return log.stream().filter(line -> line.matches("Reused \\d+ of \\d+ pair scores from the previous build"))
                .map(line -> new int[] {Integer.parseInt(line.split(" ")[1]), Integer.parseInt(line.split(" ")[3])})
                .findFirst().orElseThrow();
    }

    private static Map<String, byte[]> files(Path site) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> tree = Files.walk(site)) {
            for (Path file : tree.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}

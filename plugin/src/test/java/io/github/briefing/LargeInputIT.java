package io.github.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.SiteBuild;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large input builds at the default heap of the Maven JVM: a folder of 100,000 article files, and one 12 MB article.
 * Each build runs in a JVM of its own, started without heap options as Maven's is, and reports its heap peaks.
 */
class LargeInputIT {

    private static final Path TARGET = Path.of(System.getProperty("user.dir"), "target", "large-input");
    private static final int FILES = 100_000;
    private static final int LONG_ARTICLE_BYTES = 12 * 1024 * 1024;

    @Test
    void aFolderOfOneHundredThousandFilesBuilds() throws Exception {
        Path content = fresh("folder");
        LargeCorpus.write(content.resolve("articles"), FILES, LargeCorpus.SEED);
        JsonNode briefing = buildInOwnJvm(content);
        assertEquals(FILES, briefing.get("articles").size(), "every file is an article of the site");
    }

    @Test
    void aTwelveMegabyteArticleBuilds() throws Exception {
        Path content = fresh("long");
        Path article = content.resolve("articles/long.txt");
        LargeCorpus.writeLong(article, LONG_ARTICLE_BYTES, LargeCorpus.SEED);
        assertTrue(Files.size(article) >= LONG_ARTICLE_BYTES);
        JsonNode briefing = buildInOwnJvm(content);
        assertEquals(1, briefing.get("articles").size());
    }

    /** Builds {@code content} in a new JVM with the default heap; returns the site's briefing.json. */
    private static JsonNode buildInOwnJvm(Path content) throws IOException, InterruptedException {
        Path site = content.resolveSibling(content.getFileName() + "-site");
        Path log = content.resolveSibling(content.getFileName() + ".log");
        Process build = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LargeInputIT.class.getName(),
                content.toString(), site.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = build.waitFor();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(content.getFileName() + ": " + output.lines().filter(l -> l.startsWith("Peak heap"))
                .findFirst().orElse("no peak heap reported"));
        assertEquals(0, exit, output);
        return new ObjectMapper().readTree(site.resolve("briefing.json").toFile());
    }

    private static Path fresh(String name) throws IOException {
        Path folder = TARGET.resolve(name);
        for (Path old : List.of(folder, TARGET.resolve(name + "-site"))) {
            if (Files.exists(old)) {
                try (Stream<Path> walk = Files.walk(old)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        return Files.createDirectories(folder);
    }

    /** The build JVM: builds content folder {@code args[0]} into {@code args[1]}, then prints its peak heap. */
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        new SiteBuild(BuildSettings.forContent(Path.of(args[0]), Path.of(args[1])), new BuildLog() {
            @Override
            public void info(String message) {
                System.out.println(message);
            }

            @Override
            public void warn(String message) {
                System.out.println("WARN " + message);
            }
        }).run();
        // Each heap pool's peak, garbage included: the old generation's is the best bound on what the build held.
        String peaks = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(p -> p.getName() + " " + (p.getPeakUsage().getUsed() >> 20) + " MB")
                .collect(Collectors.joining(", "));
        System.out.printf("Peak heap by pool: %s; heap at most %d MB; %.1f s%n", peaks,
                Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - start) / 1e9);
    }
}

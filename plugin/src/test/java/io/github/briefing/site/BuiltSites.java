package io.github.briefing.site;

import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sites the browser tests read, built once per test run with the engine into target/browser-sites: the seed
 * content, and the seeds plus the first articles of a development corpus (../shared/corpus/dev/panl-id-en, or
 * -Dbriefing.devCorpus=FOLDER).
 */
final class BuiltSites {

    static final int DEV_ARTICLES = 200;
    static final Path PROJECT = Path.of(System.getProperty("user.dir")).resolve("..").normalize();
    static final Path TARGET = Path.of(System.getProperty("user.dir"), "target", "browser-sites");
    private static final Instant GENERATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Map<String, Path> BUILT = new HashMap<>();

    private BuiltSites() {
    }

    static Path content() {
        return PROJECT.resolve("content");
    }

    static Path devCorpus() {
        String configured = System.getProperty("briefing.devCorpus");
        return configured == null || configured.isBlank()
                ? PROJECT.resolve("../shared/corpus/dev/panl-id-en").normalize() : Path.of(configured);
    }

    static synchronized Path seed() {
        return BUILT.computeIfAbsent("seed", name -> build(content().resolve("articles"), TARGET.resolve(name)));
    }

    /** The larger site: seeds plus {@value #DEV_ARTICLES} articles of the development corpus, copied into target. */
    static synchronized Path larger() {
        return BUILT.computeIfAbsent("larger", name -> {
            Path input = TARGET.resolve(name + "-articles");
            try {
                deleteTree(input);
                Files.createDirectories(input);
                for (Path seed : list(content().resolve("articles"))) {
                    Files.copy(seed, input.resolve(seed.getFileName()));
                }
                for (Path article : list(devCorpus().resolve("articles")).stream().limit(DEV_ARTICLES).toList()) {
                    Files.copy(article, input.resolve(article.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return build(input, TARGET.resolve(name));
        });
    }

    /** A site of a generated corpus in which one text is run by several outlets ({@link WireCorpus}). */
    static synchronized Path wire() {
        return BUILT.computeIfAbsent("wire", name -> build(WireCorpus.write(TARGET.resolve(name + "-articles")),
                TARGET.resolve(name)));
    }

    static Path build(Path articles, Path output) {
        return build(articles, output, content());
    }

    /** Builds a site from articles with the pages, sources and templates of a content folder. */
    static Path build(Path articles, Path output, Path contentFolder) {
        BuildSettings content = BuildSettings.forContent(contentFolder, output);
        BuildSettings settings = new BuildSettings(articles, output, content.pages(), content.templates(),
                content.sources(), content.staticFiles(), "Briefing", null, GENERATED, false, true);
        try {
            new SiteBuild(settings, BuildLog.SILENT).run();
        } catch (Exception e) {
            throw new IllegalStateException("the test site could not be built from " + articles, e);
        }
        return output;
    }

    /** One page of every kind the site has: the fixed pages and the first of each generated kind. */
    static List<String> pageKinds(Path site) {
        List<String> files = BuiltSites.files(site);
        Set<String> pages = new LinkedHashSet<>(List.of("index.html", "timeline.html", "stories/index.html",
                "sources/index.html", "matches.html", "search.html", "404.html"));
        for (String folder : List.of("timeline/", "stories/", "sources/", "articles/", "compare/", "copies/",
                "matches/")) {
            files.stream().filter(f -> f.startsWith(folder) && f.endsWith(".html") && !f.endsWith("index.html"))
                    .findFirst().ifPresent(pages::add);
        }
        files.stream().filter(f -> !f.contains("/") && f.endsWith(".html")).forEach(pages::add);
        return List.copyOf(pages);
    }

    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Every file of a site, as paths relative to its root with '/' separators. */
    static List<String> files(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

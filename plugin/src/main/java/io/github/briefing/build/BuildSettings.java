package io.github.briefing.build;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What to build and how. Optional folders may be null or missing.
 *
 * @param generated   the instant the site says it was generated; a fixed one makes builds reproducible
 * @param baseUrl     where the site will be served, for sitemap and feeds; null keeps every link relative
 * @param skipInvalid build without the files that have problems (listed in the log and the build report)
 * @param exportText  put each article's clean text into {@code briefing.json}
 * @param cache       a folder (under {@code target/}) where results are kept for the next build; null for none
 */
public record BuildSettings(Path articles, Path output, Path pages, Path templates, Path sources, Path staticFiles,
                            String title, String baseUrl, Instant generated, boolean skipInvalid,
                            boolean exportText, Path cache) {

    /**
     * Folders made absolute and normal: the caches know files by their paths, and one folder named as
     * {@code content/articles} by one run and {@code /home/me/site/content/articles} by the next is one folder.
     */
    public BuildSettings {
        articles = absolute(articles);
        output = absolute(output);
        pages = absolute(pages);
        templates = absolute(templates);
        sources = absolute(sources);
        staticFiles = absolute(staticFiles);
        cache = absolute(cache);
    }

    private static Path absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    /** Settings without a cache, as before caching came. */
    public BuildSettings(Path articles, Path output, Path pages, Path templates, Path sources, Path staticFiles,
                         String title, String baseUrl, Instant generated, boolean skipInvalid, boolean exportText) {
        this(articles, output, pages, templates, sources, staticFiles, title, baseUrl, generated, skipInvalid,
                exportText, null);
    }

    /** Settings for a content folder laid out as DESIGN.md says, writing to {@code output}. */
    public static BuildSettings forContent(Path content, Path output) {
        return new BuildSettings(content.resolve("articles"), output, content.resolve("pages"),
                content.resolve("templates"), content.resolve("sources.yml"), content.resolve("static"),
                "Briefing", null, Instant.EPOCH, false, false);
    }

    public BuildSettings withSkipInvalid(boolean skip) {
        return new BuildSettings(articles, output, pages, templates, sources, staticFiles, title, baseUrl, generated,
                skip, exportText, cache);
    }

    public BuildSettings withExportText(boolean export) {
        return new BuildSettings(articles, output, pages, templates, sources, staticFiles, title, baseUrl, generated,
                skipInvalid, export, cache);
    }

    public BuildSettings withCache(Path folder) {
        return new BuildSettings(articles, output, pages, templates, sources, staticFiles, title, baseUrl, generated,
                skipInvalid, exportText, folder);
    }
}

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
 */
public record BuildSettings(Path articles, Path output, Path pages, Path templates, Path sources, Path staticFiles,
                            String title, String baseUrl, Instant generated, boolean skipInvalid,
                            boolean exportText) {

    /** Settings for a content folder laid out as DESIGN.md says, writing to {@code output}. */
    public static BuildSettings forContent(Path content, Path output) {
        return new BuildSettings(content.resolve("articles"), output, content.resolve("pages"),
                content.resolve("templates"), content.resolve("sources.yml"), content.resolve("static"),
                "Briefing", null, Instant.EPOCH, false, false);
    }

    public BuildSettings withSkipInvalid(boolean skip) {
        return new BuildSettings(articles, output, pages, templates, sources, staticFiles, title, baseUrl, generated,
                skip, exportText);
    }

    public BuildSettings withExportText(boolean export) {
        return new BuildSettings(articles, output, pages, templates, sources, staticFiles, title, baseUrl, generated,
                skipInvalid, export);
    }
}

package io.github.briefing.mojo;

import io.github.briefing.build.BuildSettings;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;

/** What every goal that builds the site takes: the folders and settings of a build, mapped onto the engine's. */
abstract class SiteMojo extends AbstractMojo {

    /** The folder of articles (.txt, .md, .json, .jsonl), searched recursively. */
    @Parameter(property = "briefing.articles", defaultValue = "${basedir}/articles")
    private File articles;

    /** Where the site is written. Its previous content is replaced when the new site is complete. */
    @Parameter(property = "briefing.output", defaultValue = "${project.reporting.outputDirectory}")
    private File output;

    /** Markdown pages (about.md, ...), each rendered as a page of the site. */
    @Parameter(property = "briefing.pages", defaultValue = "${basedir}/pages")
    private File pages;

    /** Templates that override the theme's, by file name (index.html, article.html, layout.html, ...). */
    @Parameter(property = "briefing.templates", defaultValue = "${basedir}/templates")
    private File templates;

    /** Outlet names, homepages and countries, keyed by outlet key or URL host. */
    @Parameter(property = "briefing.sources", defaultValue = "${basedir}/sources.yml")
    private File sources;

    /** Files copied into the site as they are (a CNAME, a logo). */
    @Parameter(property = "briefing.static", defaultValue = "${basedir}/static")
    private File staticFiles;

    /** The site's title. */
    @Parameter(property = "briefing.title", defaultValue = "Briefing")
    private String title;

    /** The URL the site is served from, for absolute links in sitemap and feeds. */
    @Parameter(property = "briefing.baseUrl")
    private String baseUrl;

    /** Build without the files that have problems, listing them in the log and on the build report page. */
    @Parameter(property = "briefing.skipInvalid", defaultValue = "false")
    private boolean skipInvalid;

    /** Put each article's clean text into briefing.json. */
    @Parameter(property = "briefing.exportText", defaultValue = "false")
    private boolean exportText;

    /** Maven's reproducible-builds instant: the site's "generated" date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /**
     * Where results are kept between builds, so that a rebuild recomputes only the articles that changed. Keyed
     * by content and by the engine's code and settings; delete it any time. A run without a POM keeps no cache
     * unless this is given: it writes nothing but the site.
     */
    @Parameter(property = "briefing.cache", defaultValue = "${project.build.directory}/briefing-cache")
    private File cache;

    /** The POM of the project, or null when the goal runs from a folder without one. */
    @Parameter(defaultValue = "${project.file}", readonly = true)
    private File pom;

    /** Keep and reuse results between builds (see {@code cache}); false builds everything from scratch. */
    @Parameter(property = "briefing.incremental", defaultValue = "true")
    private boolean incremental;

    /** The settings of one build, from the parameters. */
    BuildSettings settings() {
        return new BuildSettings(articles.toPath(), output.toPath(), path(pages), path(templates), path(sources),
                path(staticFiles), title, baseUrl, BuildTimestamp.parse(outputTimestamp), skipInvalid, exportText,
                incremental && (pom != null || System.getProperty("briefing.cache") != null) ? path(cache) : null);
    }

    /** Whether results may be kept between builds ({@code briefing.incremental}). */
    boolean incremental() {
        return incremental;
    }

    private static Path path(File file) {
        return file == null ? null : file.toPath();
    }
}

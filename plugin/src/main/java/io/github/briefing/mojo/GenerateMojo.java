package io.github.briefing.mojo;

import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.InvalidInputException;
import io.github.briefing.build.SiteBuild;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Builds the briefing site from a folder of articles. Runs in the {@code site} phase of a content project, or on
 * its own from any folder: {@code mvn io.github.briefing:briefing-maven-plugin:VERSION:generate
 * -Dbriefing.articles=DIR -Dbriefing.output=OUT}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

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

    /** Skip the briefing. */
    @Parameter(property = "briefing.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the briefing (briefing.skip)");
            return;
        }
        BuildSettings settings = new BuildSettings(articles.toPath(), output.toPath(), path(pages), path(templates),
                path(sources), path(staticFiles), title, baseUrl, BuildTimestamp.parse(outputTimestamp),
                skipInvalid, exportText);
        try {
            new SiteBuild(settings, new MavenBuildLog(getLog())).run();
        } catch (InvalidInputException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("The briefing build failed on our side; please report it: " + e, e);
        }
    }

    private static java.nio.file.Path path(File file) {
        return file == null ? null : file.toPath();
    }
}

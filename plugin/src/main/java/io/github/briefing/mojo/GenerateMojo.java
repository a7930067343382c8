package io.github.briefing.mojo;

import io.github.briefing.build.InvalidInputException;
import io.github.briefing.build.SiteBuild;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the briefing site from a folder of articles. Runs in the {@code site} phase of a content project, or on
 * its own from any folder: {@code mvn io.github.briefing:briefing-maven-plugin:VERSION:generate
 * -Dbriefing.articles=DIR -Dbriefing.output=OUT}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends SiteMojo {

    /** Skip the briefing. */
    @Parameter(property = "briefing.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the briefing (briefing.skip)");
            return;
        }
        try {
            new SiteBuild(settings(), new MavenBuildLog(getLog())).run();
        } catch (InvalidInputException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("The briefing build failed on our side; please report it: " + e, e);
        }
    }
}

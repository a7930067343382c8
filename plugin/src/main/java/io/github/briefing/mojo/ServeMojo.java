package io.github.briefing.mojo;

import io.github.briefing.build.InvalidInputException;
import io.github.briefing.serve.PreviewServer;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/**
 * Builds the site, serves it on 127.0.0.1 and rebuilds it whenever an article, a page, a template or
 * {@code sources.yml} changes; open pages reload themselves. Stop it with Ctrl-C:
 * {@code mvn io.github.briefing:briefing-maven-plugin:VERSION:serve -Dbriefing.articles=DIR -Dbriefing.output=OUT}.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends SiteMojo {

    /** The port to serve on, on 127.0.0.1 only; 0 takes any free port. */
    @Parameter(property = "briefing.port", defaultValue = "8080")
    private int port;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        PreviewServer server;
        try {
            server = PreviewServer.start(settings(), incremental(), port, new MavenBuildLog(getLog()));
        } catch (InvalidInputException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot serve on 127.0.0.1:" + port + " (" + e.getMessage()
                    + "); pick another port with -Dbriefing.port=N");
        } catch (RuntimeException e) {
            throw new MojoExecutionException("The briefing build failed on our side; please report it: " + e, e);
        }
        Thread stop = new Thread(server::close, "briefing-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("Serving " + server.address() + " ; watching for changes. Press Ctrl-C to stop.");
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running already and closes the server
            }
        }
    }
}

package io.github.briefing.serve;

import com.sun.net.httpserver.HttpServer;
import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.InvalidInputException;
import io.github.briefing.build.SiteBuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The edit loop: builds the site, serves it on 127.0.0.1 with the JDK's HTTP server, rebuilds when an article, a
 * page, a template or {@code sources.yml} changes, and tells open tabs to reload. A build that fails leaves the
 * previous site served and says why in the log and in the open tabs.
 *
 * <p>Rebuilds are incremental: every build of a session uses the same settings, so the same "generated" instant,
 * and pages whose input is unchanged are reused. Without a cache folder in the settings (a run outside a project),
 * the session keeps one of its own in the temporary folder and deletes it when it stops.
 */
public final class PreviewServer implements AutoCloseable {

    private static final long WATCH_TICK_MILLIS = 500;
    private static final int HTTP_THREADS = 4;
    private final BuildSettings settings;
    private final BuildLog log;
    private final ReloadEvents events = new ReloadEvents();
    private final HttpServer server;
    private final ExecutorService http = Executors.newFixedThreadPool(HTTP_THREADS);
    private final SourceWatcher watcher;
    private final Thread rebuilder;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean running = true;

    /** The cache folder this session made for itself; null when the settings name one. */
    private final Path sessionCache;

    private PreviewServer(BuildSettings settings, Path sessionCache, int port, BuildLog log) throws IOException {
        this.settings = settings;
        this.sessionCache = sessionCache;
        this.log = log;
        this.watcher = new SourceWatcher(folders(settings), settings.sources() == null ? Set.of()
                : Set.of(settings.sources()));
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            watcher.close();
            http.shutdown();
            throw e;
        }
        server.createContext("/", new SiteHandler(settings.output(), events));
        server.setExecutor(http);
        this.rebuilder = new Thread(this::watch, "briefing-rebuild");
        rebuilder.setDaemon(true);
    }

    /** Builds the site once (a problem with the input stops here), then serves it and starts watching. */
    public static PreviewServer start(BuildSettings settings, int port, BuildLog log)
            throws IOException, InvalidInputException {
        return start(settings, true, port, log);
    }

    /**
     * As {@link #start(BuildSettings, int, BuildLog)}; {@code incremental} false builds everything from scratch on
     * every change when the settings name no cache folder.
     */
    public static PreviewServer start(BuildSettings settings, boolean incremental, int port, BuildLog log)
            throws IOException, InvalidInputException {
        Path sessionCache = settings.cache() == null && incremental
                ? Files.createTempDirectory("briefing-serve-cache") : null;
        BuildSettings session = sessionCache == null ? settings : settings.withCache(sessionCache);
        PreviewServer preview;
        try {
            new SiteBuild(session, log).run();
            preview = new PreviewServer(session, sessionCache, port, log);
        } catch (IOException | InvalidInputException | RuntimeException e) {
            deleteSessionCache(sessionCache, log);
            throw e;
        }
        preview.server.start();
        preview.rebuilder.start();
        return preview;
    }

    /** Where the site is served, e.g. {@code http://127.0.0.1:8080/}. */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Blocks until {@link #close()} is called, from another thread or a shutdown hook. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    private void watch() {
        try {
            while (running) {
                if (watcher.awaitChange(WATCH_TICK_MILLIS) && running) {
                    rebuild();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild() {
        long start = System.nanoTime();
        try {
            new SiteBuild(settings, log).run();
            log.info("Rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms; reloading open pages");
            events.reload();
        } catch (InvalidInputException e) {
            notRebuilt("The site was not rebuilt; still serving the previous one. " + e.getMessage());
        } catch (UncheckedIOException e) {
            notRebuilt("The site was not rebuilt; still serving the previous one: " + e.getMessage());
        } catch (RuntimeException e) {
            // keep serving and watching: the next save may build again; the message says what to report
            notRebuilt("The site was not rebuilt (a failure on our side; please report it): " + e);
        }
    }

    /** Says why in the log and in the open tabs, where the author is looking when a save does not show. */
    private void notRebuilt(String message) {
        log.warn(message);
        events.problem(message);
    }

    private static void deleteSessionCache(Path folder, BuildLog log) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not delete the preview's cache folder " + folder + " (" + e.getMessage() + "); it may be "
                    + "deleted by hand.");
        }
    }

    private static List<Path> folders(BuildSettings settings) {
        List<Path> folders = new ArrayList<>();
        for (Path folder : new Path[] {settings.articles(), settings.pages(), settings.templates(),
                settings.staticFiles()}) {
            if (folder != null) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** Stops watching and serving; open event streams are closed so tabs stop waiting. Safe to call twice. */
    @Override
    public void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            watcher.close();
            rebuilder.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            log.warn("Could not stop watching the sources cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            events.closeAll();
            server.stop(0);
            http.shutdownNow();
            deleteSessionCache(sessionCache, log);
            closed.countDown();
        }
    }
}

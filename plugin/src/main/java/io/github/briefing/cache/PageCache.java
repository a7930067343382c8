package io.github.briefing.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages of the last build, by the fingerprint of everything each was rendered from (its template, path and
 * view model), so that a rebuild renders only the pages whose input changed and takes the others from the previous
 * site as they are. The whole file is keyed by what every page depends on (the engine, the templates, the site's
 * settings and shared parts, the output folder): when any of those changes, nothing is reused.
 */
public final class PageCache {

    private static final String FILE = "pages.tsv";
    private final KeyedLines fingerprints;
    private final Path previousSite;
    private final AtomicInteger hits = new AtomicInteger();

    private PageCache(KeyedLines fingerprints, Path previousSite) {
        this.fingerprints = fingerprints;
        this.previousSite = previousSite;
    }

    /**
     * Opens the page fingerprints kept in {@code folder} for a site built into {@code site}; {@code context}
     * fingerprints what every page depends on besides its own model. A missing or foreign file reuses nothing.
     */
    public static PageCache open(Path folder, Path site, String context) {
        Path output = site.toAbsolutePath().normalize();
        return new PageCache(KeyedLines.open(folder, FILE, new Fingerprint().add(output.toString()).add(context).hex()),
                output);
    }

    /**
     * Puts the previous build's file at {@code path} into {@code target} when it was rendered from the same
     * fingerprint, and remembers the fingerprint for the next build. False when the page must be rendered.
     */
    public boolean reuse(String path, String fingerprint, Path target) {
        fingerprints.put(path, fingerprint);
        Path source = previousSite.resolve(path).normalize();
        if (!fingerprint.equals(fingerprints.previous(path)) || !source.startsWith(previousSite)
                || !Files.isRegularFile(source)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            try {
                // A hard link costs no copy; the previous site's name for it is deleted when the new one is swapped in.
                Files.createLink(target, source);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
            hits.incrementAndGet();
            return true;
        } catch (IOException e) {
            return false; // render it instead
        }
    }

    /** How many pages came from the previous build so far. */
    public int hits() {
        return hits.get();
    }

    /**
     * Writes this build's fingerprints for the next build. Call only once the new site is in place: the next build
     * takes its pages from there.
     *
     * @throws IOException when the folder cannot be written; the build itself is fine, only the next one slower
     */
    public void save() throws IOException {
        fingerprints.save();
    }
}

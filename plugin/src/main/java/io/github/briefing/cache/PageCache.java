package io.github.briefing.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

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
     * Whether the previous build's file at {@code path}, left where it is, is the page: it was rendered from the same
     * fingerprint and is still there. Remembers the fingerprint for the next build either way. A page kept so is
     * one of {@link #kept()}; the site folder must then keep it ({@code OutputFolder}).
     */
    public boolean reuse(String path, String fingerprint) {
        fingerprints.put(path, fingerprint);
        Path source = previousSite.resolve(path).normalize();
        if (!fingerprint.equals(fingerprints.previous(path)) || !source.startsWith(previousSite)
                || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        kept.add(path);
        return true;
    }

    /** The paths, relative to the site, of the previous build's pages kept so far. */
    public Set<String> kept() {
        return Collections.unmodifiableSet(kept);
    }

    /** How many pages came from the previous build so far. */
    public int hits() {
        return kept.size();
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

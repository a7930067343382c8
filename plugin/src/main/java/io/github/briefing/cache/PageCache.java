package io.github.briefing.cache;

import java.io.IOException;
import java.nio.file.Path;
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
    private final SiteFiles previousSite;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    private PageCache(KeyedLines fingerprints, SiteFiles previousSite) {
        this.fingerprints = fingerprints;
        this.previousSite = previousSite;
    }

    /**
     * Opens the page fingerprints kept in {@code folder} for a site built into the folder {@code site} lists;
     * {@code context} fingerprints what every page depends on besides its own model. A missing or foreign file
     * reuses nothing.
     */
    public static PageCache open(Path folder, SiteFiles site, String context) {
        return new PageCache(KeyedLines.open(folder, FILE,
                new Fingerprint().add(site.folder().toString()).add(context).hex()), site);
    }

    /**
     * Whether the previous build's file at {@code path}, left where it is, is the page: it was rendered from the same
     * fingerprint and was there, a plain file, when the site was listed. Remembers the fingerprint for the next build either way. A page kept so is
     * one of {@link #kept()}; the site folder must then keep it ({@code OutputFolder}).
     */
    public boolean reuse(String path, String fingerprint) {
        fingerprints.put(path, fingerprint);
        // (a path that would leave the site, "../x", is in no listing)
        if (!fingerprint.equals(fingerprints.previous(path)) || !previousSite.regular().contains(path)) {
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

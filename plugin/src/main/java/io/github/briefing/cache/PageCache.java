package io.github.briefing.cache;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pages of the last build, by the fingerprint of everything each was rendered from (its template, path and
 * view model), so that a rebuild renders only the pages whose input changed and takes the others from the previous
 * site as they are. The whole file is keyed by what every page depends on (the engine, the templates, the site's
 * settings and shared parts, the output folder): when any of those changes, nothing is reused.
 */
public final class PageCache {

    private static final String FILE = "pages.tsv";
    private final Path file;
    private final Path previousSite;
    private final String context;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();
    private final AtomicInteger hits = new AtomicInteger();

    private PageCache(Path file, Path previousSite, String context, Map<String, String> previous) {
        this.file = file;
        this.previousSite = previousSite;
        this.context = context;
        this.previous = previous;
    }

    /**
     * Opens the page fingerprints kept in {@code folder} for a site built into {@code site}; {@code context}
     * fingerprints what every page depends on besides its own model. A missing or foreign file reuses nothing.
     */
    public static PageCache open(Path folder, Path site, String context) {
        Path output = site.toAbsolutePath().normalize();
        String full = new Fingerprint().add(EngineVersion.get()).add(output.toString()).add(context).hex();
        Path file = folder.resolve(FILE);
        return new PageCache(file, output, full, load(file, full));
    }

    /**
     * Puts the previous build's file at {@code path} into {@code target} when it was rendered from the same
     * fingerprint, and remembers the fingerprint for the next build. False when the page must be rendered.
     */
    public boolean reuse(String path, String fingerprint, Path target) {
        current.put(path, fingerprint);
        Path source = previousSite.resolve(path).normalize();
        if (!fingerprint.equals(previous.get(path)) || !source.startsWith(previousSite) || !Files.isRegularFile(source)) {
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
        Files.createDirectories(file.getParent());
        Path fresh = Files.createTempFile(file.getParent(), "pages", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                out.write(context);
                out.write('\n');
                for (Map.Entry<String, String> e : new TreeMap<>(current).entrySet()) {
                    out.write(e.getValue() + "\t" + e.getKey() + "\n");
                }
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private static Map<String, String> load(Path file, String context) {
        Map<String, String> entries = new ConcurrentHashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            var it = lines.iterator();
            if (!it.hasNext() || !context.equals(it.next())) {
                return entries;
            }
            while (it.hasNext()) {
                String line = it.next();
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(tab + 1), line.substring(0, tab));
                }
            }
            return entries;
        } catch (IOException | RuntimeException unreadable) {
            return new ConcurrentHashMap<>(); // an old or damaged cache: render everything
        }
    }
}

package io.github.briefing.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A file of one-line values by key from the last build, valid only for the same context (the engine's code and
 * whatever else all its values depend on). This build's values replace it when saved, so it holds only what the
 * last build used and does not grow with edits. A missing, foreign or damaged file is an empty one: a cache can
 * only save time, never fail a build. Keys and values hold no tab or line break. Safe to use from several threads.
 */
public final class KeyedLines {

    private final Path file;
    private final String context;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private KeyedLines(Path file, String context, Map<String, String> previous) {
        this.file = file;
        this.context = context;
        this.previous = previous;
    }

    /** Opens {@code name} in {@code folder}; {@code context} fingerprints what every value depends on. */
    public static KeyedLines open(Path folder, String name, String context) {
        String full = new Fingerprint().add(EngineVersion.get()).add(name).add(context).hex();
        Path file = folder.resolve(name);
        return new KeyedLines(file, full, load(file, full));
    }

    /** The last build's value for {@code key}, or null. */
    public String previous(String key) {
        return previous.get(key);
    }

    /** Keeps {@code value} under {@code key} for the next build. */
    public void put(String key, String value) {
        if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a key holds a tab or line break, or a value a line break: " + key);
        }
        current.put(key, value);
    }

    /**
     * Writes this build's values for the next build, unless they are the last build's already; a file of its own
     * beside it is swapped in when complete, so that two builds sharing the folder never read half a file.
     *
     * @throws IOException when the folder cannot be written; the build itself is fine, only the next one slower
     */
    public void save() throws IOException {
        if (Objects.equals(current, previous)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Path fresh = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            // Sorted keys and each line's bytes straight from its strings: a character encoder and a tree of entries
            // cost more than the writing (the search terms are over 10 MB at 10,000 articles, written every build).
            String[] keys = current.keySet().toArray(String[]::new);
            Arrays.sort(keys);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fresh), 1 << 16)) {
                out.write(context.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                for (String key : keys) {
                    out.write(key.getBytes(StandardCharsets.UTF_8));
                    out.write('\t');
                    out.write(current.get(key).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
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
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return entries;
        } catch (IOException | RuntimeException unreadable) {
            return new ConcurrentHashMap<>(); // an old or damaged cache: compute everything again
        }
    }
}

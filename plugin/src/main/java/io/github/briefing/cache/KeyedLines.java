package io.github.briefing.cache;

import io.github.briefing.memory.LastBuild;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A file of one-line values by key from the last build, valid only for the same context (the engine's code and
 * whatever else all its values depend on). This build's values replace it when saved, so it holds only what the
 * last build used and does not grow with edits. A missing, foreign or damaged file is an empty one: a cache can
 * only save time, never fail a build. Keys and values hold no tab or line break. Safe to use from several threads.
 *
 * <p>What a file holds is also kept in memory for the next build of this process ({@link Decoded}): an edit loop
 * opens the file its last build wrote, and decoding the search terms (13 MB at 10,000 articles) every build was done
 * beside the group stage, which render then waited for. The values are kept as the strings the build put, so a
 * value taken as it was is the very string the last build held, and comparing it with one kept elsewhere is at once.
 */
public final class KeyedLines {

    /** The share of the heap one file's values may take when kept in memory, and about what an entry costs. */
    private static final int HEAP_SHARE = 32;
    private static final int ENTRY_BYTES = 96;
    /** What each file (by name) held when this process last read or wrote it. */
    private static final Map<String, LastBuild<Decoded>> DECODED = new ConcurrentHashMap<>();

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

    /**
     * A file's values with what tells that file from any other without holding its bytes: its place, length,
     * checksum and when it was written (a file written again has another time, or another checksum but for a chance
     * of 2^-32), as {@link Resident} trusts a binary cache file. The values must not change once kept.
     */
    private record Decoded(Path file, long length, long checksum, FileTime written, String context,
                           Map<String, String> values) {

        boolean holds(Path file, long length, long checksum, FileTime written, String context) {
            return this.file.equals(file) && this.length == length && this.checksum == checksum
                    && this.written.equals(written) && this.context.equals(context);
        }

        /** Keeps the values for the next build, when they fit their share of the heap. */
        void keep() {
            DECODED.computeIfAbsent(file.getFileName().toString(), name -> new LastBuild<>(HEAP_SHARE))
                    .keep(this, length + (long) ENTRY_BYTES * values.size());
        }
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
            CRC32C checksum = new CRC32C();
            try (CheckedOutputStream checked = new CheckedOutputStream(Files.newOutputStream(fresh), checksum);
                 OutputStream out = new BufferedOutputStream(checked, 1 << 16)) {
                out.write(context.getBytes(StandardCharsets.UTF_8));
                out.write('\n');
                for (String key : keys) {
                    out.write(key.getBytes(StandardCharsets.UTF_8));
                    out.write('\t');
                    out.write(current.get(key).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
            }
            long length = Files.size(fresh);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            new Decoded(file.toAbsolutePath(), length, checksum.getValue(), Files.getLastModifiedTime(file), context,
                    current).keep();
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /**
     * The file's values: those kept in memory when the file is the one they were kept for, else decoded from its
     * bytes (and kept).
     */
    private static Map<String, String> load(Path file, String context) {
        if (!Files.isRegularFile(file)) {
            return new ConcurrentHashMap<>();
        }
        try {
            FileTime written = Files.getLastModifiedTime(file);
            byte[] all = Files.readAllBytes(file);
            CRC32C checksum = new CRC32C();
            checksum.update(all);
            Path absolute = file.toAbsolutePath();
            LastBuild<Decoded> last = DECODED.get(file.getFileName().toString());
            Decoded kept = last == null ? null : last.get();
            if (kept != null && kept.holds(absolute, all.length, checksum.getValue(), written, context)) {
                return kept.values();
            }
            Map<String, String> entries = decode(all, context);
            if (!entries.isEmpty()) {
                new Decoded(absolute, all.length, checksum.getValue(), written, context, entries).keep();
            }
            return entries;
        } catch (IOException | RuntimeException unreadable) {
            return new ConcurrentHashMap<>(); // an old or damaged cache: compute everything again
        }
    }

    /** The values of a file's bytes; none when the file is of another context. Malformed UTF-8 fails. */
    private static Map<String, String> decode(byte[] all, String context) throws IOException {
        Map<String, String> entries = new ConcurrentHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(all),
                StandardCharsets.UTF_8.newDecoder()))) {
            if (!context.equals(lines.readLine())) {
                return entries;
            }
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    entries.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return entries;
        }
    }
}

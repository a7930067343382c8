package io.github.briefing.cache;

import io.github.briefing.clean.SharedLines;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the read stage learned of each article file in the last build, by the file's bytes: its articles' ids,
 * lines and cache keys ({@link ArticleCache#key}) and what each brings to the lines shared across the corpus
 * ({@link SharedLines.Lines}). All of it is a function of the file's path and bytes under one engine, so a file
 * whose bytes are unchanged need not be decoded again. Entries are decoded only when recalled. A missing, foreign
 * or damaged file recalls nothing: a cache can only save time, never fail a build.
 */
public final class ReadCache {

    private static final String FILE = "reads.bin";
    private final Path file;
    private final String context;
    private final Map<String, Entry> previous;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /** An article of a file as the read stage saw it. */
    public record Article(String id, int line, String key, SharedLines.Lines lines) {
    }

    /** A file's entry: its bytes' digest, and its articles encoded at {@code from} in {@code bytes}. */
    private record Entry(String digest, byte[] bytes, int from, int to) {
    }

    private ReadCache(Path file, String context, Map<String, Entry> previous) {
        this.file = file;
        this.context = context;
        this.previous = previous;
    }

    /** The cache in {@code folder} for the articles below {@code articles} (ids are paths under it). */
    public static ReadCache open(Path folder, Path articles) {
        String context = new Fingerprint().add(EngineVersion.get()).add(FILE).add(articles.toString()).hex();
        Path file = folder.resolve(FILE);
        return new ReadCache(file, context, load(file, context));
    }

    /**
     * What the entries depend on besides a file's path and bytes (the engine, the articles folder): what the read
     * stage learned of a file under one context holds for another build under the same one.
     */
    public String context() {
        return context;
    }

    /** The digest a file's entry is kept by: its bytes' {@link Fingerprint}. */
    public static String digest(byte[] bytes) {
        return new Fingerprint().add(bytes).hex();
    }

    /** The file's articles as kept, when its bytes' {@link #digest} is what it was then; null otherwise. */
    public List<Article> recall(Path article, String digest) {
        Entry kept = previous.get(article.toString());
        if (kept == null || !kept.digest().equals(digest)) {
            return null;
        }
        try {
            List<Article> articles = decode(ByteBuffer.wrap(kept.bytes(), kept.from(), kept.to() - kept.from()));
            current.put(article.toString(), kept);
            return articles;
        } catch (RuntimeException damaged) {
            return null; // the file is decoded instead
        }
    }

    /**
     * Keeps the file's entry for the next build as it is, without decoding it, when its bytes' {@link #digest} is
     * what it was: for a build that holds the entry's articles already. Returns whether it was so kept.
     */
    public boolean carry(Path article, String digest) {
        Entry kept = previous.get(article.toString());
        if (kept == null || !kept.digest().equals(digest)) {
            return false;
        }
        current.put(article.toString(), kept);
        return true;
    }

    /** Keeps a file's articles for the next build, by its bytes' {@link #digest}. */
    public void keep(Path article, String digest, List<Article> articles) {
        byte[] encoded = encode(articles);
        current.put(article.toString(), new Entry(digest, encoded, 0, encoded.length));
    }

    /**
     * Writes this build's entries for the next build, unless they are the file's already; a file of its own beside
     * it is swapped in when complete.
     *
     * @throws IOException when the folder cannot be written; the build itself is fine, only the next one slower
     */
    public void save() throws IOException {
        if (current.size() == previous.size()
                && current.entrySet().stream().allMatch(e -> previous.get(e.getKey()) == e.getValue())) {
            return;
        }
        Bytes.write(file, out -> {
            Bytes.writeString(out, context);
            for (Map.Entry<String, Entry> e : current.entrySet()) {
                Entry entry = e.getValue();
                Bytes.writeString(out, e.getKey());
                Bytes.writeString(out, entry.digest());
                out.writeInt(entry.to() - entry.from());
                out.write(entry.bytes(), entry.from(), entry.to() - entry.from());
            }
        });
    }

    /** The file: the context, then for each article file its path, digest and encoded articles, lengths first. */
    private static Map<String, Entry> load(Path file, String context) {
        Map<String, Entry> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            ByteBuffer in = Bytes.read(file);
            byte[] all = in.array();
            if (!context.equals(Bytes.readString(in))) {
                return entries;
            }
            while (in.hasRemaining()) {
                String path = Bytes.readString(in);
                String digest = Bytes.readString(in);
                int length = Bytes.count(in, 1);
                entries.put(path, new Entry(digest, all, in.position(), in.position() + length));
                in.position(in.position() + length);
            }
            return entries;
        } catch (IOException | RuntimeException unreadable) {
            return new HashMap<>(); // an old or damaged cache: read every file
        }
    }

    private static byte[] encode(List<Article> articles) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(articles.size());
            for (Article a : articles) {
                Bytes.writeString(out, a.id());
                out.writeInt(a.line());
                Bytes.writeString(out, a.key());
                out.writeInt(a.lines().keys().size());
                for (String key : a.lines().keys()) {
                    Bytes.writeString(out, key);
                }
                out.writeInt(a.lines().sentences().length);
                for (long hash : a.lines().sentences()) {
                    out.writeLong(hash);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static List<Article> decode(ByteBuffer in) {
        int count = Bytes.count(in, 1);
        List<Article> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            String id = Bytes.readString(in);
            int line = in.getInt();
            String key = Bytes.readString(in);
            int keyCount = Bytes.count(in, 4);
            Set<String> keys = new HashSet<>();
            for (int k = 0; k < keyCount; k++) {
                keys.add(Bytes.readString(in));
            }
            long[] sentences = new long[Bytes.count(in, Long.BYTES)];
            for (int k = 0; k < sentences.length; k++) {
                sentences[k] = in.getLong();
            }
            articles.add(new Article(id, line, key, new SharedLines.Lines(keys, sentences)));
        }
        if (in.hasRemaining()) {
            throw new IllegalStateException("an entry of another form");
        }
        return articles;
    }
}

package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.read.RawArticle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The per-article stages' results (clean, describe, analyse) from the last build, so that an edit loop recomputes
 * only the articles that changed. An entry is keyed by the article's own input (id, file, text, given facts); the
 * cache's files by everything else the stages read (the engine's code, {@code sources.yml}, the lines shared
 * across the corpus that cleaning drops). When any of those changes, a file does not match and nothing is
 * reused. The files hold only the entries of the last build, so they do not grow with edits.
 *
 * <p>Entries are kept in {@link #SHARDS} files by their text, and a build writes only the files whose
 * entries changed: at 10,000 articles the entries are 78 MB, and writing them all again for one edited article was
 * a thirtieth of a rebuild. A file is its context, each entry's key and encoded article ({@link ArticleCodec}), each
 * with its length first, then its {@link StringTable} and where that begins.
 */
public final class ArticleCache {

    private static final int SHARDS = 16;
    /** The share of the heap that a save may hold in texts encoded for their copies ({@link ArticleCodec.Encoder}). */
    private static final int ENCODED_SHARE = 64;
    /** Where engines before the binary cache kept it, and before the shards: tens of megabytes no build reads. */
    private static final List<String> OLD_FILES = List.of("articles.jsonl", "articles.bin");
    /** Each file as this process last read or wrote it. */
    private static final List<Resident<Decoded>> DECODED =
            IntStream.range(0, SHARDS).mapToObj(s -> new Resident<Decoded>()).toList();
    private final Path folder;
    private final String context;
    private final Map<String, Kept> previous;
    /** How many entries each file held. */
    private final int[] previousCounts;
    /** Each file's table of strings, null for a file missing or not read. */
    private final StringTable.Read[] previousTables;
    private final Map<String, AnalysedArticle> current = new ConcurrentHashMap<>();
    private int hits;

    private ArticleCache(Path folder, String context, Map<String, Kept> previous, int[] previousCounts,
                         StringTable.Read[] previousTables) {
        this.folder = folder;
        this.context = context;
        this.previous = previous;
        this.previousCounts = previousCounts;
        this.previousTables = previousTables;
    }

    /**
     * Opens the cache in {@code folder} for a build with these outlets ({@code sources.yml}, may be null or missing)
     * and these template lines. A missing, foreign or unreadable cache is an empty one: a cache can only save time,
     * never fail a build.
     */
    public static ArticleCache open(Path folder, Path sources, Set<String> templateLines) {
        Fingerprint print = new Fingerprint().add(EngineVersion.get()).add(bytes(sources));
        new TreeSet<>(templateLines).forEach(print::add);
        String context = print.hex();
        Map<String, Kept> previous = new ConcurrentHashMap<>();
        int[] counts = new int[SHARDS];
        StringTable.Read[] tables = new StringTable.Read[SHARDS];
        for (int shard = 0; shard < SHARDS; shard++) {
            Decoded decoded = load(file(folder, shard), shard, context, previous);
            counts[shard] = decoded == null ? 0 : decoded.articles().size();
            tables[shard] = decoded == null ? null : decoded.table();
        }
        return new ArticleCache(folder, context, previous, counts, tables);
    }

    private static Path file(Path folder, int shard) {
        return folder.resolve("articles-" + Character.forDigit(shard, SHARDS) + ".bin");
    }

    /**
     * The file an entry is kept in: by its text's terms, so that the copies of one text, which share its analysis,
     * are in one file, whose encoder writes that analysis once and copies its bytes for the others (across files,
     * a wire story's copies cost the save of 100,000 articles seven seconds of encoding on one core).
     */
    private static int shard(AnalysedArticle article, Map<Map<String, Integer>, Integer> byText) {
        return byText.computeIfAbsent(article.terms(), terms -> {
            int hash = 0;
            for (Map.Entry<String, Integer> term : terms.entrySet()) {
                hash = 31 * hash + term.getKey().hashCode() + term.getValue();
            }
            return Math.floorMod(hash, SHARDS);
        });
    }

    /**
     * The last build's results for a file's articles, given their {@link #key}s in the file's order, when all of
     * them are unchanged (and kept for the next build); null when any must be computed, so the file is read again.
     */
    public List<AnalysedArticle> reuse(List<String> keys) {
        List<AnalysedArticle> kept = new ArrayList<>(keys.size());
        for (String key : keys) {
            Kept cached = previous.get(key);
            if (cached == null) {
                return null;
            }
            kept.add(cached.article());
        }
        for (int i = 0; i < keys.size(); i++) {
            current.put(keys.get(i), kept.get(i));
        }
        synchronized (this) {
            hits += keys.size();
        }
        return kept;
    }

    /** The article's result from the last build if its input is unchanged, else {@code compute}'s. */
    public AnalysedArticle get(RawArticle raw, Function<RawArticle, AnalysedArticle> compute) {
        String key = key(raw);
        Kept kept = previous.get(key);
        AnalysedArticle cached = kept == null ? null : kept.article();
        AnalysedArticle result = cached != null ? cached : compute.apply(raw);
        if (cached != null) {
            synchronized (this) {
                hits++;
            }
        }
        current.put(key, result);
        return result;
    }

    /**
     * Each article's input as this build saw it, by article id: equal inputs, equal results of the per-article
     * stages (the entry's key together with everything the whole cache is keyed by).
     */
    public Map<String, String> inputs() {
        Map<String, String> inputs = new HashMap<>();
        current.forEach((key, article) -> inputs.put(article.id(), context + key));
        return inputs;
    }

    public synchronized int hits() {
        return hits;
    }

    /**
     * Writes this build's entries for the next build, in the files whose entries changed; a file of its own beside
     * each is swapped in when complete, so that two builds sharing the folder never read half a file.
     *
     * @throws IOException when the folder cannot be written; the build itself is fine, only the next one slower
     */
    public void save() throws IOException {
        List<List<Map.Entry<String, AnalysedArticle>>> shards = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            shards.add(new ArrayList<>());
        }
        Map<Map<String, Integer>, Integer> byText = new IdentityHashMap<>();
        current.entrySet().forEach(e -> shards.get(shard(e.getValue(), byText)).add(e));
        for (int shard = 0; shard < SHARDS; shard++) {
            List<Map.Entry<String, AnalysedArticle>> entries = shards.get(shard);
            // A file whose entries all came from it, and all of them, is up to date.
            if (entries.size() == previousCounts[shard] && entries.stream().allMatch(e -> reused(e))) {
                continue;
            }
            // The entries taken from the file are written as they were read, in the table they were read with:
            // encoding them again costs more. Unless that table holds too many strings no entry uses any more.
            StringTable.Read read = previousTables[shard];
            StringTable extended = read == null ? null : StringTable.extending(read);
            boolean extend = extended != null && !extended.outgrows(used(entries));
            StringTable table = extend ? extended : StringTable.empty();
            ArticleCodec.Encoder encoder = new ArticleCodec.Encoder(table,
                    Runtime.getRuntime().maxMemory() / ENCODED_SHARE);
            Bytes.Seal seal = Bytes.write(file(folder, shard), out -> {
                Bytes.writeString(out, context);
                for (Map.Entry<String, AnalysedArticle> e : entries) {
                    if (extend && reused(e)) {
                        Kept kept = previous.get(e.getKey());
                        out.write(kept.file(), kept.from(), kept.to() - kept.from());
                    } else {
                        Bytes.writeString(out, e.getKey());
                        byte[] article = encoder.encode(e.getValue());
                        out.writeInt(article.length);
                        out.write(article);
                    }
                }
                // The table last, as the entries add to it while they are written; its place at the very end.
                int tableAt = out.size();
                table.write(out);
                out.writeInt(tableAt);
            });
            Map<String, AnalysedArticle> decoded = new HashMap<>();
            entries.forEach(e -> decoded.put(e.getKey(), e.getValue()));
            DECODED.get(shard).keep(file(folder, shard), seal, new Decoded(table.read(), decoded));
        }
        for (String old : OLD_FILES) {
            Files.deleteIfExists(folder.resolve(old));
        }
    }

    /** How many distinct strings the entries' encodings write into their table. */
    private static int used(List<Map.Entry<String, AnalysedArticle>> entries) {
        Set<String> used = new HashSet<>();
        // Copies of one text share its parts: those are added once.
        Set<Map<String, Integer>> texts = Collections.newSetFromMap(new IdentityHashMap<>());
        entries.forEach(e -> ArticleCodec.addShared(e.getValue(), texts.add(e.getValue().terms()), used));
        return used.size();
    }

    /** Whether this build's entry is the one the files held. */
    private boolean reused(Map.Entry<String, AnalysedArticle> entry) {
        Kept kept = previous.get(entry.getKey());
        return kept != null && kept.article() == entry.getValue();
    }

    private static byte[] bytes(Path file) {
        try {
            return file != null && Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            return ("unreadable " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII); // reuse nothing
        }
    }

    /** What an article's entry is kept under: everything of its own that the per-article stages read. */
    public static String key(RawArticle raw) {
        return new Fingerprint().add(raw.id()).add(raw.file().toString()).add(Integer.toString(raw.line()))
                .add(raw.given().toString()).add(raw.text()).hex();
    }

    /** An entry of the file: the article, and where its bytes are in the file as read. */
    private record Kept(AnalysedArticle article, byte[] file, int from, int to) {
    }

    /** A file's table and its entries' articles by key. */
    private record Decoded(StringTable.Read table, Map<String, AnalysedArticle> articles) {
    }

    /**
     * A file's table and entries. Entries are found in one pass over the lengths and decoded on all cores, unless
     * this process holds what the same bytes decode to. Adds them to {@code kept}; null for a missing, foreign or
     * damaged file, whose entries are computed again.
     */
    private static Decoded load(Path file, int shard, String context, Map<String, Kept> kept) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Bytes.Sealed sealed = Bytes.readSealed(file);
            ByteBuffer in = sealed.body();
            byte[] all = in.array();
            if (!context.equals(Bytes.readString(in))) {
                return null;
            }
            int tableAt = in.getInt(in.limit() - Integer.BYTES);
            if (tableAt < in.position() || tableAt > in.limit() - Integer.BYTES) {
                throw new IllegalStateException("a table at " + tableAt + " of " + in.limit() + " bytes");
            }
            Decoded known = DECODED.get(shard).get(file, sealed.seal());
            StringTable.Read table = known != null ? known.table()
                    : StringTable.Read.from(ByteBuffer.wrap(all, tableAt, in.limit() - Integer.BYTES - tableAt));
            in.limit(tableAt);
            List<int[]> entries = new ArrayList<>();
            while (in.hasRemaining()) {
                int keyAt = in.position();
                Bytes.readString(in);
                int length = Bytes.count(in, 1);
                entries.add(new int[] {keyAt, in.position(), in.position() + length});
                in.position(in.position() + length);
            }
            Map<String, Kept> read = new ConcurrentHashMap<>(entries.size() * 2);
            entries.parallelStream().forEach(e -> {
                ByteBuffer entry = ByteBuffer.wrap(all, e[0], e[2] - e[0]);
                String key = Bytes.readString(entry);
                AnalysedArticle article = known != null ? known.articles().get(key) : null;
                if (article == null) {
                    entry.getInt();
                    article = ArticleCodec.decode(entry, table);
                    if (entry.position() != e[2]) {
                        throw new IllegalStateException("an entry of another form");
                    }
                }
                read.put(key, new Kept(article, all, e[0], e[2]));
            });
            Decoded decoded = known;
            if (decoded == null) {
                Map<String, AnalysedArticle> articles = new HashMap<>();
                read.forEach((key, entry) -> articles.put(key, entry.article()));
                decoded = new Decoded(table, articles);
                DECODED.get(shard).keep(file, sealed.seal(), decoded);
            }
            kept.putAll(read);
            return decoded;
        } catch (IOException | RuntimeException unreadable) {
            return null; // an old or damaged file: its entries are computed again
        }
    }
}

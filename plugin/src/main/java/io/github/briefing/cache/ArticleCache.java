package io.github.briefing.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.read.RawArticle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The per-article stages' results (clean, describe, analyse) from the last build, so that an edit loop recomputes
 * only the articles that changed. An entry is keyed by the article's own input (id, file, text, given facts); the
 * whole cache file by everything else the stages read (the engine's code, {@code sources.yml}, the lines shared
 * across the corpus that cleaning drops). When any of those changes, the file does not match and nothing is
 * reused. The file holds only the entries of the last build, so it does not grow with edits.
 */
public final class ArticleCache {

    /**
     * Field names are not interned nor kept in a symbol table: the terms' map keys are field names to the parser,
     * thousands of distinct ones, and interning them took most of the time loading a cache.
     */
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build()).registerModule(textModule()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Path file;
    private final String context;
    private final Map<String, Kept> previous;
    private final Map<String, AnalysedArticle> current = new ConcurrentHashMap<>();
    private int hits;

    private ArticleCache(Path file, String context, Map<String, Kept> previous) {
        this.file = file;
        this.context = context;
        this.previous = previous;
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
        Path file = folder.resolve("articles.jsonl");
        return new ArticleCache(file, context, load(file, context));
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
     * Writes this build's entries for the next build; a file of its own beside it is swapped in when complete, so
     * that two builds sharing the folder never read half a file.
     *
     * @throws IOException when the folder cannot be written; the build itself is fine, only the next one slower
     */
    public void save() throws IOException {
        if (hits == current.size() && current.size() == previous.size()) {
            return; // every entry came from the file: it is up to date
        }
        Files.createDirectories(file.getParent());
        Path fresh = Files.createTempFile(file.getParent(), "articles", ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fresh))) {
                out.write(JSON.writeValueAsBytes(new Entry(context, null, null)));
                out.write('\n');
                for (Map.Entry<String, AnalysedArticle> e : current.entrySet()) {
                    Kept kept = previous.get(e.getKey());
                    // An entry taken from the file is written as it was read: serialising it again costs more.
                    out.write(kept != null && kept.article() == e.getValue() ? kept.line()
                            : JSON.writeValueAsBytes(new Entry(null, e.getKey(), e.getValue())));
                    out.write('\n');
                }
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(fresh);
        }
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

    /** A line of the cache file: the first line carries only the context, every other one an article. */
    private record Entry(String context, String key, AnalysedArticle article) {
    }

    /** An entry of the file: the article, and the line it was read from. */
    private record Kept(AnalysedArticle article, byte[] line) {
    }

    private static Map<String, Kept> load(Path file, String context) {
        if (!Files.isRegularFile(file)) {
            return new ConcurrentHashMap<>();
        }
        try {
            byte[] all = Files.readAllBytes(file);
            int first = lineEnd(all, 0);
            Entry header = JSON.readValue(all, 0, first, Entry.class);
            if (!context.equals(header.context())) {
                return new ConcurrentHashMap<>();
            }
            // One entry a line (JSON escapes the line breaks inside strings), parsed on all cores.
            List<int[]> lines = new ArrayList<>();
            for (int start = first + 1; start < all.length; ) {
                int end = lineEnd(all, start);
                lines.add(new int[] {start, end});
                start = end + 1;
            }
            Map<String, Kept> entries = new ConcurrentHashMap<>(lines.size() * 2);
            lines.parallelStream().forEach(line -> {
                Entry entry = parse(all, line[0], line[1]);
                entries.put(entry.key(), new Kept(entry.article(), Arrays.copyOfRange(all, line[0], line[1])));
            });
            return entries;
        } catch (IOException | RuntimeException unreadable) {
            return new ConcurrentHashMap<>(); // an old or damaged cache: rebuild it
        }
    }

    private static Entry parse(byte[] bytes, int start, int end) {
        try {
            Entry entry = JSON.readValue(bytes, start, end - start, Entry.class);
            if (entry.key() == null || entry.article() == null) {
                throw new IllegalStateException("a cache line without an article");
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineEnd(byte[] bytes, int from) {
        int end = from;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        return end;
    }

    /** Paths and dates as the plain strings they print as, so that they come back equal; sorted collections. */
    private static SimpleModule textModule() {
        SimpleModule module = new SimpleModule("briefing-cache");
        // The records keep their maps and sets sorted, and the file holds them in order: read in order into sorted
        // ones, they are copied without comparing.
        module.addAbstractTypeMapping(Map.class, SortedEntries.class);
        module.addAbstractTypeMapping(Set.class, SortedElements.class);
        module.addSerializer(Path.class, new JsonSerializer<>() {
            @Override
            public void serialize(Path value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(Path.class, new JsonDeserializer<>() {
            @Override
            public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Path.of(p.getValueAsString());
            }
        });
        module.addSerializer(LocalDate.class, new JsonSerializer<>() {
            @Override
            public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(value.toString());
            }
        });
        module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return LocalDate.parse(p.getValueAsString());
            }
        });
        return module;
    }
}

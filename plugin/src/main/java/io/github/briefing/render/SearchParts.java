package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.briefing.cache.Fingerprint;
import io.github.briefing.memory.LastBuild;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The search index as the site holds it: a small head script ({@link #HEAD}) that assigns the global the search page
 * reads and names the parts, and the parts, each a script that fills its place in that global: the documents by
 * ranges of their numbers, the terms with their documents by a hash of the term. The page loads them all with script
 * tags (which work from file://, where fetch() does not) and joins them into the one index it searched before.
 *
 * <p>A part's content depends only on what it holds, so one edited article changes the part of its document (when
 * its headline, date or outlet changed) and those of the terms it gained or lost, and the page cache keeps every
 * other part's file as it is; the head names each part with a digest of its content, so that a browser never joins
 * parts of two builds. The whole index was 10.7 MB at 10,000 articles, generated and written again by every rebuild.
 * In an edit loop the last build's documents and terms are kept ({@link Last}), so that the parts an edit cannot have
 * changed are not generated again either: their digests are the last build's.
 */
final class SearchParts {

    static final String HEAD = "assets/search-index.js";
    /** Where the parts go, and how the head names them: relative to the head's folder. */
    private static final String FOLDER = "search/";
    private static final String GLOBAL = "window.BRIEFING_SEARCH";
    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    /** How many hex digits of a part's digest its name in the head carries: enough to tell two builds' apart. */
    private static final int VERSION = 12;
    private final List<List<Object>> docs;
    private final List<int[]> docTerms;
    private final String[] terms;
    private final int[] order;
    private final Map<String, SortedSet<String>> places;
    private final Layout layout;

    /**
     * How the index is cut: documents in ranges of {@code docsPerPart}, terms into {@code termParts} parts by a hash of
     * the term. Both follow the number of documents only, which an edit does not change.
     */
    record Layout(int docsPerPart, int termParts) {

        /** About 150 KB of documents a part. */
        private static final int DOCS_PER_PART = 1000;
        /** Documents per part of terms: about 300 KB a part at 10,000 articles (32 parts), 256 parts at 100,000. */
        private static final int DOCS_PER_TERM_PART = 256;

        Layout {
            if (docsPerPart < 1 || termParts < 1) {
                throw new IllegalArgumentException("a part holds something: " + docsPerPart + ", " + termParts);
            }
        }

        /**
         * The layout for {@code docs} documents; the terms' parts a power of two, so that they change only when the
         * corpus doubles or halves (a change of layout changes every part).
         */
        static Layout of(int docs) {
            return new Layout(DOCS_PER_PART, Integer.highestOneBit(Math.max(1, docs / DOCS_PER_TERM_PART)));
        }

        int docParts(int docs) {
            return (docs + docsPerPart - 1) / docsPerPart;
        }

        /** The part of a term: a hash of its characters (String's, which the language fixes), mixed. */
        int termPart(String term) {
            int h = term.hashCode();
            h ^= h >>> 16;
            h *= 0x85ebca6b;
            h ^= h >>> 13;
            return Math.floorMod(h, termParts);
        }
    }

    /** Where a file of the index goes, kept from the last build when its fingerprint is unchanged. */
    interface Files {
        void file(String relative, String fingerprint, Supplier<byte[]> content);
    }

    SearchParts(SearchIndex index, Layout layout) {
        this.docs = index.docs();
        this.docTerms = index.docTerms();
        this.terms = index.terms();
        this.order = index.termOrder();
        this.places = index.places();
        this.layout = layout;
    }

    SearchParts(SearchIndex index) {
        this(index, Layout.of(index.docs().size()));
    }

    /**
     * Writes the head and every part. With {@code last}, a part whose input is the last build's is known by that
     * build's digest and generated only if its file must be written after all; what this build wrote is kept there.
     *
     * @return the files whose content was generated, the head's included
     */
    List<String> write(Files out, Last last) {
        List<String> generated = new ArrayList<>();
        Written before = last == null ? null : last.last.get();
        boolean alike = before != null && before.layout().equals(layout) && before.docs().size() == docs.size()
                && before.terms().length <= terms.length
                && Arrays.equals(before.terms(), 0, before.terms().length, terms, 0, before.terms().length);
        String[] docDigests = new String[layout.docParts(docs.size())];
        for (int p = 0; p < docDigests.length; p++) {
            int part = p;
            int from = p * layout.docsPerPart();
            int to = Math.min(docs.size(), from + layout.docsPerPart());
            boolean same = alike && before.docs().subList(from, to).equals(docs.subList(from, to));
            docDigests[p] = part(out, docsFile(p), same ? before.docDigests()[p] : null,
                    generating(generated, docsFile(p), () -> docsPart(part, from, to)));
        }
        int[][] byPart = byPart();
        BitSet changed = alike ? changedParts(before) : null;
        BitSet fresh = new BitSet();
        for (int p = 0; p < layout.termParts(); p++) {
            if (changed == null || changed.get(p)) {
                fresh.set(p);
            }
        }
        Postings[] postings = new Postings[1];
        String[] termDigests = new String[layout.termParts()];
        for (int p = 0; p < termDigests.length; p++) {
            int part = p;
            termDigests[p] = part(out, termsFile(p), fresh.get(p) ? null : before.termDigests()[p],
                    generating(generated, termsFile(p), () -> {
                        // The postings of every part generated, counted in one pass over the documents; a part known
                        // by its digest whose file is missing after all has its own.
                        if (!fresh.get(part)) {
                            return termsPart(part, byPart[part], postings(byPart, set(part)));
                        }
                        if (postings[0] == null) {
                            postings[0] = postings(byPart, fresh);
                        }
                        return termsPart(part, byPart[part], postings[0]);
                    }));
        }
        byte[] head = head(docDigests, termDigests);
        generated.add(HEAD);
        out.file(HEAD, digest(head), () -> head);
        if (last != null) {
            last.keep(new Written(layout, docs, docTerms, terms, docDigests, termDigests));
        }
        return generated;
    }

    /** {@code content}, noting in {@code generated} that {@code file}'s was generated when it is asked for. */
    private static Supplier<byte[]> generating(List<String> generated, String file, Supplier<byte[]> content) {
        return () -> {
            generated.add(file);
            return content.get();
        };
    }

    /** A part's digest: the one given, or its content's, generated now. */
    private static String part(Files out, String file, String known, Supplier<byte[]> content) {
        if (known != null) {
            out.file(file, known, content);
            return known;
        }
        byte[] bytes = content.get();
        String digest = digest(bytes);
        out.file(file, digest, () -> bytes);
        return digest;
    }

    private static String digest(byte[] content) {
        return new Fingerprint().add(content).hex();
    }

    private static BitSet set(int part) {
        BitSet one = new BitSet();
        one.set(part);
        return one;
    }

    static String docsFile(int part) {
        return "assets/" + FOLDER + "docs-" + part + ".js";
    }

    static String termsFile(int part) {
        return "assets/" + FOLDER + "terms-" + part + ".js";
    }

    /** Each part's terms, by number, in name order. */
    private int[][] byPart() {
        int[] part = new int[order.length];
        int[] sizes = new int[layout.termParts()];
        for (int i = 0; i < order.length; i++) {
            part[i] = layout.termPart(terms[order[i]]);
            sizes[part[i]]++;
        }
        int[][] byPart = new int[sizes.length][];
        for (int p = 0; p < sizes.length; p++) {
            byPart[p] = new int[sizes[p]];
            sizes[p] = 0;
        }
        for (int i = 0; i < order.length; i++) {
            byPart[part[i]][sizes[part[i]]++] = order[i];
        }
        return byPart;
    }

    /**
     * The parts of the terms that some document gained or lost since the last build, whose numbers name the same
     * terms: an edited article's terms but those it had before.
     */
    private BitSet changedParts(Written before) {
        BitSet parts = new BitSet();
        for (int doc = 0; doc < docTerms.size(); doc++) {
            int[] now = docTerms.get(doc);
            int[] then = before.docTerms().get(doc);
            if (now != then && !Arrays.equals(now, then)) {
                for (int term : onlyInOne(now, then)) {
                    parts.set(layout.termPart(terms[term]));
                }
            }
        }
        return parts;
    }

    /** The numbers that one of the two lists holds and the other does not. */
    static int[] onlyInOne(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int[] only = new int[x.length + y.length];
        int size = 0;
        int i = 0;
        int j = 0;
        while (i < x.length || j < y.length) {
            int next = j == y.length || i < x.length && x[i] < y[j] ? x[i] : y[j];
            boolean inX = i < x.length && x[i] == next;
            boolean inY = j < y.length && y[j] == next;
            if (inX != inY) {
                only[size++] = next;
            }
            while (i < x.length && x[i] == next) {
                i++;
            }
            while (j < y.length && y[j] == next) {
                j++;
            }
        }
        return Arrays.copyOf(only, size);
    }

    /** The postings of the terms of the parts given. */
    private Postings postings(int[][] byPart, BitSet parts) {
        if (parts.cardinality() == byPart.length) {
            return new Postings(docTerms, terms.length);
        }
        boolean[] wanted = new boolean[terms.length];
        parts.stream().forEach(p -> Arrays.stream(byPart[p]).forEach(term -> wanted[term] = true));
        return new Postings(docTerms, terms.length, wanted);
    }

    private byte[] docsPart(int part, int from, int to) {
        return script(GLOBAL + ".docs[" + part + "] = ", json -> json.writeObject(docs.subList(from, to)));
    }

    /**
     * A part of the terms: each term that some document has, in name order, with its documents, one raw value per
     * term, not a call per number (the postings are millions of numbers).
     */
    private byte[] termsPart(int part, int[] partTerms, Postings postings) {
        return script(GLOBAL + ".terms[" + part + "] = ", json -> {
            json.writeStartObject();
            StringBuilder array = new StringBuilder();
            char[] chars = new char[0];
            for (int term : partTerms) {
                if (postings.size(term) == 0) {
                    continue; // the numbers also name spellings, and terms of the last build no article names now
                }
                json.writeFieldName(terms[term]);
                array.setLength(0);
                postings.appendJson(term, array);
                if (chars.length < array.length()) {
                    chars = new char[Math.max(array.length(), 2 * chars.length)];
                }
                array.getChars(0, array.length(), chars, 0);
                json.writeRawValue(chars, 0, array.length());
            }
            json.writeEndObject();
        });
    }

    private byte[] head(String[] docDigests, String[] termDigests) {
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("docs", List.of());
        head.put("terms", List.of());
        head.put("docParts", versioned(docDigests, "docs-"));
        head.put("termParts", versioned(termDigests, "terms-"));
        head.put("places", places);
        return script(GLOBAL + " = ", json -> json.writeObject(head));
    }

    /** The parts' names relative to the head, each with its digest's first digits, which change with its content. */
    private static List<String> versioned(String[] digests, String kind) {
        return IntStream.range(0, digests.length)
                .mapToObj(p -> FOLDER + kind + p + ".js?v=" + digests[p].substring(0, VERSION)).toList();
    }

    private interface Json {
        void write(JsonGenerator json) throws IOException;
    }

    /** A script that assigns a JSON value: {@code prefix}, the value, ";" and a line end. */
    private static byte[] script(String prefix, Json value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(prefix.getBytes(StandardCharsets.US_ASCII));
            try (JsonGenerator json = JSON.createGenerator(out)) {
                value.write(json);
            }
            out.write(";\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        }
        return out.toByteArray();
    }

    /** What a build wrote, for the next one to tell which parts its input left as they were. */
    private record Written(Layout layout, List<List<Object>> docs, List<int[]> docTerms, String[] terms,
                           String[] docDigests, String[] termDigests) {

        /** About what keeping it costs: the documents' terms, their rows, a place per term. */
        long bytes() {
            long ints = 0;
            for (int[] doc : docTerms) {
                ints += doc.length;
            }
            return 4 * ints + 200L * docs.size() + 8L * terms.length;
        }
    }

    /**
     * The last build of this process that kept what it wrote. Held softly, and only while it takes a small share of the
     * heap; a build that is not one of a series keeps nothing.
     */
    static final class Last {

        /** This process's. */
        static final Last PROCESS = new Last();
        private static final int HEAP_SHARE = 16;
        private final LastBuild<Written> last = new LastBuild<>(HEAP_SHARE);

        private void keep(Written written) {
            last.keep(written, written.bytes());
        }
    }
}

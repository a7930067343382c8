package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.LeadFigure;
import io.github.briefing.analyse.SharedParts;
import io.github.briefing.analyse.Spelling;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An analysed article as bytes and back, field by field: the article cache holds tens of megabytes of them, and
 * reading them back as JSON cost more than the rest of an incremental build's per-article pass. Strings are UTF-8
 * with their length (-1 for null). The strings articles share (terms, anchors, skeletons) are indexes into the
 * file's {@link StringTable}, in the order of their sets and maps, and are read back as {@link SharedParts}, which
 * the records take as they are.
 */
final class ArticleCodec {

    private static final DateBasis[] BASES = DateBasis.values();

    private ArticleCodec() {
    }

    /**
     * Encodes articles one after another, what an article's text alone gives (its words and their counts) once
     * per text: the wire copies of one story share their analysis, the same instances ({@code AnchorExtractor}), and
     * each copy's was encoded again, the greater part of the save's time. Keeps at most {@code budget} bytes of
     * encoded texts; the bytes are those each article alone encodes to.
     */
    static final class Encoder {

        /** Texts encoded, by their terms' instance ({@link Text#of} checks every part). */
        private final Map<Map<String, Integer>, Text> texts = new IdentityHashMap<>();
        private final StringTable table;
        private final long budget;
        private long held;

        /** Encodes into {@code table}'s indexes, which the file must hold. */
        Encoder(StringTable table, long budget) {
            this.table = table;
            this.budget = budget;
        }

        byte[] encode(AnalysedArticle a) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                writeArticle(out, a.article());
                writeAnchors(out, a.anchors(), table);
                Text text = texts.get(a.terms());
                if (text == null || !text.of(a)) {
                    text = new Text(a, encodeText(a, table));
                    if (held + text.bytes().length <= budget) {
                        texts.put(a.terms(), text);
                        held += text.bytes().length;
                    }
                }
                out.write(text.bytes());
                Bytes.writeString(out, a.spelling().headline());
                Bytes.writeString(out, a.spelling().lead());
                writeFigure(out, a.figure());
            } catch (IOException e) {
                throw new UncheckedIOException("writing to memory cannot fail", e);
            }
            return bytes.toByteArray();
        }
    }

    /** An article's text part encoded, with the article whose parts they are. */
    private record Text(AnalysedArticle from, byte[] bytes) {

        /** Whether these are {@code a}'s parts: the same instances, not merely equal ones. */
        boolean of(AnalysedArticle a) {
            return a.order() == from.order() && a.skeletons() == from.skeletons()
                    && a.terms() == from.terms() && a.lead() == from.lead() && a.sentences() == from.sentences();
        }
    }

    private static void writeArticle(DataOutputStream out, Article article) throws IOException {
        Bytes.writeString(out, article.id());
        Bytes.writeString(out, article.file().toString());
        Bytes.writeString(out, article.lang());
        Bytes.writeString(out, article.title());
        out.writeBoolean(article.titleDerived());
        Bytes.writeString(out, article.date() == null ? null : article.date().toString());
        out.writeByte(article.dateBasis() == null ? -1 : article.dateBasis().ordinal());
        Bytes.writeString(out, article.dateline());
        Bytes.writeString(out, article.outlet());
        Bytes.writeString(out, article.outletBasis());
        writeStrings(out, article.wires());
        Bytes.writeString(out, article.author());
        Bytes.writeString(out, article.url());
        writeStrings(out, article.paragraphs());
        writeStrings(out, article.captions());
    }

    /** An article's anchors: its own, as they hold its date when its text does not write it. */
    private static void writeAnchors(DataOutputStream out, Anchors anchors, StringTable table) throws IOException {
        for (Set<String> kind : kinds(anchors)) {
            writeShared(out, kind, table);
        }
    }

    private static List<Set<String>> kinds(Anchors anchors) {
        return List.of(anchors.names(), anchors.nouns(), anchors.common(), anchors.places(), anchors.numbers(),
                anchors.spelled(), anchors.dates(), anchors.acronyms());
    }

    /**
     * Adds the strings of {@code a} that its encoding writes into the table: its anchors, and with {@code text} the
     * parts its text alone gives.
     */
    static void addShared(AnalysedArticle a, boolean text, Set<String> to) {
        kinds(a.anchors()).forEach(to::addAll);
        if (text) {
            to.addAll(a.order());
            to.addAll(a.skeletons());
            to.addAll(a.terms().keySet());
            to.addAll(a.lead().keySet());
        }
    }

    /** The parts an article's text alone gives: its anchors' order, skeletons, terms, lead and sentences. */
    private static byte[] encodeText(AnalysedArticle a, StringTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeShared(out, a.order(), table);
            writeShared(out, a.skeletons(), table);
            writeCounts(out, a.terms(), table);
            writeCounts(out, a.lead(), table);
            out.writeInt(a.sentences().size());
            for (int letters : a.sentences()) {
                out.writeInt(letters);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The article encoded at the buffer's position, which moves past it, its shared strings in {@code table}; throws
     * on bytes of another form.
     */
    static AnalysedArticle decode(ByteBuffer in, StringTable.Read table) {
        Article article = new Article(Bytes.readString(in), Path.of(Bytes.readString(in)), Bytes.readString(in), Bytes.readString(in),
                in.get() != 0, date(Bytes.readString(in)), basis(in.get()), Bytes.readString(in), Bytes.readString(in),
                Bytes.readString(in), readList(in), Bytes.readString(in), Bytes.readString(in), readList(in), readList(in));
        Anchors anchors = new Anchors(readSet(in, table), readSet(in, table), readSet(in, table), readSet(in, table),
                readSet(in, table), readSet(in, table), readSet(in, table), readSet(in, table));
        List<String> order = SharedParts.list(readShared(in, table));
        Set<String> skeletons = readSet(in, table);
        Map<String, Integer> terms = readCounts(in, table);
        Map<String, Integer> lead = readCounts(in, table);
        int sentenceCount = Bytes.count(in, Integer.BYTES);
        List<Integer> sentences = new ArrayList<>(sentenceCount);
        for (int k = 0; k < sentenceCount; k++) {
            sentences.add(in.getInt());
        }
        Spelling spelling = new Spelling(Bytes.readString(in), Bytes.readString(in));
        return new AnalysedArticle(article, anchors, order, skeletons, terms, lead, sentences, spelling,
                readFigure(in, article));
    }

    /** A figure without its text, which is the article's headline or first paragraph, as its flag says. */
    private static void writeFigure(DataOutputStream out, LeadFigure figure) throws IOException {
        out.writeByte(figure == null ? -1 : figure.inHeadline() ? 1 : 0);
        if (figure != null) {
            Bytes.writeString(out, figure.value());
            out.writeInt(figure.start());
            out.writeInt(figure.end());
            Bytes.writeString(out, figure.counts());
        }
    }

    private static LeadFigure readFigure(ByteBuffer in, Article article) {
        byte where = in.get();
        if (where < 0) {
            return null;
        }
        boolean headline = where == 1;
        String text = headline ? article.title() : article.paragraphs().get(0);
        return new LeadFigure(Bytes.readString(in), text, in.getInt(), in.getInt(), Bytes.readString(in), headline);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static DateBasis basis(byte ordinal) {
        return ordinal < 0 ? null : BASES[ordinal];
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            Bytes.writeString(out, s);
        }
    }

    /** Strings in their order (a set's is sorted) as indexes into the table. */
    private static void writeShared(DataOutputStream out, Collection<String> strings, StringTable table)
            throws IOException {
        Bytes.writeNumber(out, strings.size());
        for (String s : strings) {
            Bytes.writeNumber(out, table.index(s));
        }
    }

    /** Counts in key order, the keys as indexes into the table. */
    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts, StringTable table)
            throws IOException {
        Bytes.writeNumber(out, counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Bytes.writeNumber(out, table.index(e.getKey()));
            Bytes.writeNumber(out, e.getValue());
        }
    }

    private static List<String> readList(ByteBuffer in) {
        int size = Bytes.count(in, 4);
        List<String> list = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            list.add(Bytes.readString(in));
        }
        return list;
    }

    private static String[] readShared(ByteBuffer in, StringTable.Read table) {
        String[] strings = new String[Bytes.length(in, Bytes.readNumber(in), 1)];
        for (int k = 0; k < strings.length; k++) {
            strings[k] = table.at(in);
        }
        return strings;
    }

    private static Set<String> readSet(ByteBuffer in, StringTable.Read table) {
        return SharedParts.sortedSet(readShared(in, table));
    }

    private static Map<String, Integer> readCounts(ByteBuffer in, StringTable.Read table) {
        String[] keys = new String[Bytes.length(in, Bytes.readNumber(in), 2)];
        int[] counts = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = table.at(in);
            counts[k] = Bytes.readNumber(in);
        }
        return SharedParts.sortedCounts(keys, counts);
    }
}

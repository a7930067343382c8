package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Records as one of {@code briefing.json}'s lists holds them, a line each ({@link RecordLines}): each record's line
 * written on its own bytes, so that a rebuild can take an unchanged record's line from the last build, and a list
 * written from lines as the document's generator would write it.
 */
final class ListedRecords {

    private static final byte[] FIRST = "\n    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT = ",\n    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAST_LINE = "\n  ".getBytes(StandardCharsets.US_ASCII);

    private ListedRecords() {
    }

    /** Writes one record with the document's generator. */
    interface Writer<T> {
        void write(JsonGenerator json, T record) throws IOException;
    }

    /**
     * Each record's line, in order: the one {@code kept} gives (null when it keeps none for the record), else written
     * by {@code writer}, all those in one go.
     */
    static <T> List<byte[]> lines(List<T> records, Function<T, byte[]> kept, Writer<T> writer) throws IOException {
        byte[][] lines = new byte[records.size()][];
        List<T> fresh = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            lines[i] = kept.apply(records.get(i));
            if (lines[i] == null) {
                fresh.add(records.get(i));
            }
        }
        Iterator<byte[]> written = lines(fresh, writer).iterator();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] == null) {
                lines[i] = written.next();
            }
        }
        return Arrays.asList(lines);
    }

    /** Each record's line, in order, written by one generator. */
    static <T> List<byte[]> lines(List<T> records, Writer<T> writer) throws IOException {
        List<byte[]> lines = new ArrayList<>(records.size());
        Bytes out = new Bytes();
        try (JsonGenerator json = BriefingJson.JSON.createGenerator(out)) {
            json.setPrettyPrinter(RecordLines.listValues());
            for (T record : records) {
                writer.write(json, record);
                json.flush();
                // The generator puts the separator before each record but the first.
                lines.add(out.take(lines.isEmpty() ? 0 : NEXT.length));
            }
        }
        return lines;
    }

    /** A byte buffer whose content is taken out a record at a time. */
    private static final class Bytes extends ByteArrayOutputStream {

        Bytes() {
            super(1024);
        }

        byte[] take(int from) {
            byte[] taken = Arrays.copyOfRange(buf, from, count);
            reset();
            return taken;
        }
    }

    /** A list being written: "[", a line for each record, and "]" when closed, as the document's generator would. */
    static final class Listing {

        private final OutputStream out;
        private boolean empty = true;

        Listing(OutputStream out) throws IOException {
            this.out = out;
            out.write('[');
        }

        void add(byte[] line) throws IOException {
            out.write(empty ? FIRST : NEXT);
            out.write(line);
            empty = false;
        }

        void close() throws IOException {
            if (!empty) {
                out.write(LAST_LINE);
            }
            out.write(']');
        }
    }
}

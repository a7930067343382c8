package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One of {@code briefing.json}'s lists, as the document's own generator writes it and as a rebuild writes it. */
final class GeneratedLists {

    private GeneratedLists() {
    }

    /** Writes a list of records, keeping what it wrote for the next build when asked ({@link KeptLines}). */
    interface ListWriter<T> {
        void write(List<T> records, OutputStream out, boolean keep) throws IOException;
    }

    /** The list's bytes as {@code writer} writes them. */
    static <T> String written(ListWriter<T> writer, List<T> records, boolean keep) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(records, out, keep);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A document of the one list, {@code field}, as the document's generator writes it, a record at a time. */
    static <T> String generated(String field, List<T> records, ListedRecords.Writer<T> writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = BriefingJson.JSON.createGenerator(out)) {
            json.setPrettyPrinter(new RecordLines());
            json.writeStartObject();
            json.writeArrayFieldStart(field);
            for (T record : records) {
                writer.write(json, record);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The document of the one list {@code field} holding {@code list}, as written. */
    static String document(String field, String list) {
        return "{\n  \"" + field + "\": " + list + "\n}";
    }
}

package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

import java.io.IOException;

/**
 * The layout of {@code briefing.json}: the document's fields one per line, and each article, story and match of
 * their lists on a line of its own, written compactly within. Indenting every field of every record (Jackson's
 * default) made a 10,000-article export 44 MB, mostly spaces before the evidence of 135,000 matches; a line per
 * record is 33 MB, reads as DESIGN.md's example does, and greps and diffs a record at a time. One per generator.
 */
final class RecordLines implements PrettyPrinter {

    /** How deep the generator is: 1 inside the document, 2 inside one of its lists, more inside a record. */
    private int depth;

    /** The depth at which an object's entries, and an array's values, go one to a line. */
    private static final int OBJECT_LINES = 1;
    private static final int ARRAY_LINES = 2;

    /** The layout of the document. */
    RecordLines() {
        this(0);
    }

    private RecordLines(int depth) {
        this.depth = depth;
    }

    /**
     * The layout of records written on their own, one after the other, as one of the document's lists holds them (a
     * record a line, a comma between them): so that their bytes can be put into the document as they are.
     */
    static RecordLines listValues() {
        return new RecordLines(ARRAY_LINES);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator json) throws IOException {
        if (depth == ARRAY_LINES) {
            separate(json, ARRAY_LINES);
        } else {
            json.writeRaw('\n');
        }
    }

    @Override
    public void writeStartObject(JsonGenerator json) throws IOException {
        open(json, '{');
    }

    @Override
    public void writeStartArray(JsonGenerator json) throws IOException {
        open(json, '[');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator json) throws IOException {
        firstLine(json, OBJECT_LINES);
    }

    @Override
    public void beforeArrayValues(JsonGenerator json) throws IOException {
        firstLine(json, ARRAY_LINES);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
        json.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
        separate(json, OBJECT_LINES);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
        separate(json, ARRAY_LINES);
    }

    @Override
    public void writeEndObject(JsonGenerator json, int entries) throws IOException {
        close(json, '}', entries, OBJECT_LINES);
    }

    @Override
    public void writeEndArray(JsonGenerator json, int values) throws IOException {
        close(json, ']', values, ARRAY_LINES);
    }

    private void open(JsonGenerator json, char bracket) throws IOException {
        json.writeRaw(bracket);
        depth++;
    }

    private void firstLine(JsonGenerator json, int lines) throws IOException {
        if (depth == lines) {
            newLine(json);
        }
    }

    private void separate(JsonGenerator json, int lines) throws IOException {
        json.writeRaw(',');
        if (depth == lines) {
            newLine(json);
        } else {
            json.writeRaw(' ');
        }
    }

    private void close(JsonGenerator json, char bracket, int items, int lines) throws IOException {
        depth--;
        if (depth + 1 == lines && items > 0) {
            newLine(json);
        }
        json.writeRaw(bracket);
    }

    private void newLine(JsonGenerator json) throws IOException {
        json.writeRaw('\n');
        json.writeRaw("  ".repeat(depth));
    }
}

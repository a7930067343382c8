package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class KeptLinesTest {

    /** A record of the kind the lists hold: known by its id, its line written from all of it. */
    private record Item(String id, String title, List<String> names) {
    }

    private static void item(JsonGenerator json, Item item) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", item.id());
        json.writeStringField("title", item.title());
        json.writeArrayFieldStart("names");
        for (String name : item.names()) {
            json.writeString(name);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** How many times the writer was asked for a line. */
    private int writes;

    private KeptLines<Item> lines() {
        return new KeptLines<>(Item::id, (json, item) -> {
            writes++;
            item(json, item);
        });
    }

    private static String written(KeptLines<Item> lines, List<Item> items, boolean keep) throws IOException {
        return GeneratedLists.written(lines::write, items, keep);
    }

    private static String generated(List<Item> items) throws IOException {
        return GeneratedLists.generated("items", items, KeptLinesTest::item);
    }

    private static List<Item> items(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Item("a" + i, "Headline " + i + " \u00e9t\u00e9 \"q\"",
                List.of("name" + i, "lima"))).toList();
    }

    @Test
    void writesTheListAsTheDocumentsGeneratorDoes() throws IOException {
        // More than one block of records, one, none.
        for (List<Item> items : List.of(items(600), items(1), items(0))) {
            assertEquals(generated(items), GeneratedLists.document("items", written(lines(), items, false)));
        }
    }

    @Test
    void aRebuildWritesTheLinesOfRecordsThatChangedOnlyAndTheListAsAFreshBuild() throws IOException {
        List<Item> first = items(600);
        KeptLines<Item> lines = lines();
        written(lines, first, true);
        List<Item> edited = new ArrayList<>(first);
        edited.set(3, new Item("a3", "Another headline", first.get(3).names()));
        edited.set(300, new Item("a300", first.get(300).title(), List.of("name300")));
        edited.remove(500);
        edited.add(new Item("b1", "New", List.of()));
        writes = 0;
        String rebuilt = written(lines, edited, true);
        assertEquals(3, writes, "the two changed records' and the new one's lines");
        assertEquals(written(lines(), edited, false), rebuilt);
        writes = 0;
        String back = written(lines, first, false);
        assertEquals(3, writes, "the three records the edit changed, and the one it removed");
        assertEquals(generated(first), GeneratedLists.document("items", back), "and back");
    }

    @Test
    void aRecordIsKnownByItsKeyAndWrittenAgainWhenAnyOfItsValuesDiffers() throws IOException {
        List<Item> first = items(3);
        KeptLines<Item> lines = lines();
        written(lines, first, true);
        // Two records trade ids: each line is known by the id, and now belongs to another record.
        List<Item> swapped = List.of(new Item("a1", first.get(0).title(), first.get(0).names()),
                new Item("a0", first.get(1).title(), first.get(1).names()), first.get(2));
        String rebuilt = written(lines, swapped, false);
        assertEquals(written(lines(), swapped, false), rebuilt);
        assertNotEquals(written(lines(), first, false), rebuilt);
    }

    @Test
    void aBuildThatDoesNotKeepLeavesTheLastBuildsLines() throws IOException {
        List<Item> first = items(10);
        KeptLines<Item> lines = lines();
        written(lines, first, true);
        written(lines, items(2), false);
        writes = 0;
        written(lines, first, false);
        assertEquals(0, writes);
    }
}

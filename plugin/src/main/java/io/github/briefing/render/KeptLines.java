package io.github.briefing.render;

import io.github.briefing.memory.LastBuild;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One of {@code briefing.json}'s lists of records (articles, stories), each record's line kept for the next build
 * of this process with the record it was written from: an edit changes a few records, and a rebuild writes the lines
 * of those whose record is not equal to the last build's of the same key, taking the others' bytes as they were.
 * Held softly, and only while the lines and records cost a small share of the heap.
 *
 * @param <T> a record holding all that its line is written from, equal when its line is
 */
final class KeptLines<T> {

    /** The share of the heap the lines may keep. */
    private static final int HEAP_SHARE = 32;
    /** About what a kept line's array and entry hold of the heap besides its bytes and its record's. */
    private static final int ENTRY_BYTES = 96;
    /** Records whose lines are made in one go. */
    private static final int BLOCK = 256;
    private final Function<T, String> key;
    private final ListedRecords.Writer<T> writer;
    private final LastBuild<Map<String, Kept<T>>> last = new LastBuild<>(HEAP_SHARE);

    private record Kept<T>(T record, byte[] line) {
    }

    /**
     * @param key    what a record is known by from build to build (its id)
     * @param writer writes a record's line
     */
    KeptLines(Function<T, String> key, ListedRecords.Writer<T> writer) {
        this.key = key;
        this.writer = writer;
    }

    /** Writes the list of {@code records}; when {@code keep}, keeps their lines for the next build. */
    void write(List<T> records, OutputStream out, boolean keep) throws IOException {
        Map<String, Kept<T>> before = last.get();
        ListedRecords.Listing listing = new ListedRecords.Listing(out);
        // Dropped as soon as the lines outgrow their share, and written a block at a time: at 100,000 articles with
        // their texts, the lines are hundreds of MB.
        Map<String, Kept<T>> now = keep ? new HashMap<>() : null;
        long held = 0;
        for (int from = 0; from < records.size(); from += BLOCK) {
            List<T> block = records.subList(from, Math.min(from + BLOCK, records.size()));
            List<byte[]> lines = ListedRecords.lines(block, r -> {
                Kept<T> known = before == null ? null : before.get(key.apply(r));
                return known != null && known.record().equals(r) ? known.line() : null;
            }, writer);
            for (int i = 0; i < lines.size(); i++) {
                byte[] line = lines.get(i);
                listing.add(line);
                // The record's strings are about as long as its line (its text too, when the export carries it).
                held += 2L * line.length + ENTRY_BYTES;
                if (now != null) {
                    now.put(key.apply(block.get(i)), new Kept<>(block.get(i), line));
                }
            }
            if (!last.fits(held)) {
                now = null;
            }
        }
        listing.close();
        if (keep) {
            last.keep(now, held);
        }
    }
}

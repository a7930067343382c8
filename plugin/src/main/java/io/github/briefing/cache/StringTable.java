package io.github.briefing.cache;

import io.github.briefing.analyse.SharedParts;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings that a cache file's articles share (terms, anchors, skeletons), each written once at the file's head;
 * the entries hold their indexes. Written once per article, reading them and looking each one up among the shared
 * strings took most of loading the cache in a fresh process.
 *
 * <p>A file written again keeps its table and adds to it, so that its unchanged entries are copied as bytes; the
 * strings of the entries it no longer holds stay behind until {@link #outgrows} says the file is to be written whole.
 */
final class StringTable {

    private final List<String> strings;
    private final Map<String, Integer> indexes;

    private StringTable(List<String> strings) {
        this.strings = strings;
        this.indexes = new HashMap<>(strings.size() * 2);
        for (int i = 0; i < strings.size(); i++) {
            indexes.put(strings.get(i), i);
        }
    }

    /** A table for a file written whole. */
    static StringTable empty() {
        return new StringTable(new ArrayList<>());
    }

    /** A table that keeps {@code read}'s strings at their indexes and adds to them. */
    static StringTable extending(Read read) {
        return new StringTable(new ArrayList<>(Arrays.asList(read.strings())));
    }

    /** The index of {@code s}, added when new. */
    int index(String s) {
        Integer at = indexes.get(s);
        if (at == null) {
            at = strings.size();
            strings.add(s);
            indexes.put(s, at);
        }
        return at;
    }

    /**
     * Whether the table holds so many strings beyond the {@code used} ones that its file is better written whole: a
     * quarter more, and more than a thousand (a file written whole costs more than one whose entries are copied).
     */
    boolean outgrows(int used) {
        return strings.size() - used > Math.max(used / 4, 1024);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            Bytes.writeString(out, s);
        }
    }

    /** The table as its file holds it once written. */
    Read read() {
        return new Read(strings.toArray(String[]::new));
    }

    /** A table as read: its strings, each made {@link SharedParts#share shared}. */
    record Read(String[] strings) {

        /** Reads the table at the buffer's position, which moves past it. */
        static Read from(ByteBuffer in) {
            String[] strings = new String[Bytes.count(in, 4)];
            for (int i = 0; i < strings.length; i++) {
                strings[i] = SharedParts.share(Bytes.readString(in));
            }
            return new Read(strings);
        }

        /** The string at the index read at the buffer's position. */
        String at(ByteBuffer in) {
            int index = Bytes.readNumber(in);
            if (index >= strings.length) {
                throw new IllegalStateException("a string " + index + " of a table of " + strings.length);
            }
            return strings[index];
        }
    }
}

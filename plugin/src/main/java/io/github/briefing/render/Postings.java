package io.github.briefing.render;

import java.util.Arrays;

/**
 * The documents one search term occurs in, in increasing order, as plain numbers: a corpus's postings are
 * millions, which boxed in lists cost the index most of its time and memory. Not thread-safe.
 */
final class Postings {

    private int[] docs = new int[2];
    private int size;

    /** Adds {@code doc}, which is never below the last one added; a repeat of the last one is dropped. */
    void add(int doc) {
        if (size > 0 && docs[size - 1] == doc) {
            return;
        }
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
        }
        docs[size++] = doc;
    }

    int size() {
        return size;
    }

    int get(int i) {
        if (i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return docs[i];
    }
}

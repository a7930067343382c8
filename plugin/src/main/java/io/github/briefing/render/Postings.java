package io.github.briefing.render;

import java.util.Arrays;
import java.util.List;

/**
 * The documents each search term occurs in, in increasing order, as plain numbers in one array: a corpus's postings
 * are millions. Built at once from each document's term numbers by counting, so that reading the articles (on all
 * cores) only numbers their terms, and nothing is appended term by term.
 */
final class Postings {

    /** Where each term's documents start in {@link #docs}; one more entry, the end of the last. */
    private final int[] start;
    /** Where each term's documents end: a term a document lists twice is posted once. */
    private final int[] end;
    private final int[] docs;

    /**
     * @param termsOfDocs each document's term numbers, by document number
     * @param terms       how many terms there are: the numbers run from 0 to {@code terms - 1}
     */
    Postings(List<int[]> termsOfDocs, int terms) {
        this(termsOfDocs, terms, null);
    }

    /**
     * The postings of the {@code wanted} terms only (the others have none): a rebuild writes again only the parts of
     * the index whose terms an edit reached. An array, not a set: every number of every document is looked up in it.
     *
     * @param wanted by term number, whether to post it; null posts all
     */
    Postings(List<int[]> termsOfDocs, int terms, boolean[] wanted) {
        start = new int[terms + 1];
        for (int[] doc : termsOfDocs) {
            for (int term : doc) {
                if (wanted == null || wanted[term]) {
                    start[term + 1]++;
                }
            }
        }
        for (int term = 0; term < terms; term++) {
            start[term + 1] += start[term];
        }
        end = Arrays.copyOf(start, terms);
        docs = new int[start[terms]];
        for (int doc = 0; doc < termsOfDocs.size(); doc++) {
            for (int term : termsOfDocs.get(doc)) {
                if ((wanted == null || wanted[term]) && (end[term] == start[term] || docs[end[term] - 1] != doc)) {
                    docs[end[term]++] = doc;
                }
            }
        }
    }

    int size(int term) {
        return end[term] - start[term];
    }

    int get(int term, int i) {
        if (i < 0 || i >= size(term)) {
            throw new IndexOutOfBoundsException(i);
        }
        return docs[start[term] + i];
    }

    /** Appends the term's documents as a JSON array, as a JSON writer writes it compact: "[0,3,7]". */
    void appendJson(int term, StringBuilder out) {
        out.append('[');
        for (int at = start[term]; at < end[term]; at++) {
            if (at > start[term]) {
                out.append(',');
            }
            out.append(docs[at]);
        }
        out.append(']');
    }
}

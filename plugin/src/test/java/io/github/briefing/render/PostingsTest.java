package io.github.briefing.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostingsTest {

    /** Documents 0-3, listing their term numbers in no particular order; term 2 is in no document. */
    private final Postings postings = new Postings(List.of(new int[] {1, 0}, new int[] {3}, new int[] {0, 3, 0},
            new int[] {1, 3}), 4);

    private static int[] docs(Postings postings, int term) {
        int[] docs = new int[postings.size(term)];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = postings.get(term, i);
        }
        return docs;
    }

    @Test
    void givesEachTermItsDocumentsInIncreasingOrderEachOnce() {
        assertArrayEquals(new int[] {0, 2}, docs(postings, 0), "a term a document lists twice is posted once");
        assertArrayEquals(new int[] {0, 3}, docs(postings, 1));
        assertArrayEquals(new int[] {}, docs(postings, 2));
        assertArrayEquals(new int[] {1, 2, 3}, docs(postings, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> postings.get(0, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> postings.get(2, 0));
    }

    @Test
    void postsOnlyTheTermsWantedAndThoseAsAll() {
        Postings some = new Postings(List.of(new int[] {1, 0}, new int[] {3}, new int[] {0, 3, 0}, new int[] {1, 3}),
                4, new boolean[] {false, true, false, true});
        assertArrayEquals(new int[] {}, docs(some, 0));
        assertArrayEquals(docs(postings, 1), docs(some, 1));
        assertArrayEquals(docs(postings, 3), docs(some, 3));
    }

    @Test
    void writesATermsDocumentsAsAJsonWriterWritesTheArray() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (int term = 0; term < 4; term++) {
            StringBuilder out = new StringBuilder("x");
            postings.appendJson(term, out);
            assertEquals("x" + json.writeValueAsString(docs(postings, term)), out.toString());
        }
    }

    @Test
    void numbersPastTheFirstDigitsAreWrittenWhole() throws Exception {
        Postings large = new Postings(java.util.stream.IntStream.range(0, 12_346)
                .mapToObj(doc -> doc % 1000 == 0 || doc == 12_345 ? new int[] {0} : new int[0]).toList(), 1);
        StringBuilder out = new StringBuilder();
        large.appendJson(0, out);
        assertEquals(new ObjectMapper().writeValueAsString(docs(large, 0)), out.toString());
        assertEquals(",12345]", out.substring(out.length() - 7));
    }
}

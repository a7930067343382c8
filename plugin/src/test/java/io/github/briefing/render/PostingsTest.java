package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostingsTest {

    @Test
    void keepsEachDocumentOnceInTheOrderAddedAndGrowsPastItsFirstCapacity() {
        Postings postings = new Postings();
        int[] added = {0, 0, 3, 3, 3, 7, 8, 8, 20, 21};
        for (int doc : added) {
            postings.add(doc);
        }

        assertEquals(6, postings.size());
        int[] expected = {0, 3, 7, 8, 20, 21};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], postings.get(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> postings.get(6));
    }
}

package io.github.briefing.cache;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SortedEntriesTest {

    @Test
    void entriesReadInOrderCopyIntoTheSameTree() {
        SortedEntries<String, Integer> read = new SortedEntries<>();
        read.put("alpha", 1);
        read.put("beta", 2);
        read.put("gamma", 3);
        assertEquals(new TreeMap<>(Map.of("alpha", 1, "beta", 2, "gamma", 3)), new TreeMap<>(read));
        assertEquals(List.of("alpha", "beta", "gamma"), List.copyOf(new TreeMap<>(read).keySet()));
    }

    @Test
    void entriesOutOfOrderOrRepeatedAreSortedAndTheLastValueWins() {
        SortedEntries<String, Integer> read = new SortedEntries<>();
        read.put("beta", 2);
        read.put("alpha", 1);
        read.put("beta", 5);
        TreeMap<String, Integer> copy = new TreeMap<>(read);
        assertEquals(List.of("alpha", "beta"), List.copyOf(copy.keySet()));
        assertEquals(5, copy.get("beta"));
        assertEquals("alpha", read.firstKey());
        assertEquals(2, read.size());
    }

    @Test
    void elementsInAnyOrderCopyIntoASortedSet() {
        SortedElements<String> inOrder = new SortedElements<>();
        List.of("a", "b", "c").forEach(inOrder::add);
        SortedElements<String> mixed = new SortedElements<>();
        List.of("c", "a", "b", "a").forEach(mixed::add);
        assertEquals(List.of("a", "b", "c"), List.copyOf(new TreeSet<>(inOrder)));
        assertEquals(List.of("a", "b", "c"), List.copyOf(new TreeSet<>(mixed)));
        assertEquals(3, mixed.size());
        assertEquals("c", inOrder.last());
    }
}

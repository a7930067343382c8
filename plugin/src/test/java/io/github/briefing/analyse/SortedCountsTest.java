package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SortedCountsTest {

    @Test
    void countsReadLikeATreeMapInKeyOrder() {
        Map<String, Integer> given = new HashMap<>(Map.of("zebra", 3, "apple", 1, "mango", 7, "Äpfel", 2));
        Map<String, Integer> counts = SortedCounts.of(given);
        assertEquals(new TreeMap<>(given), counts);
        assertEquals(List.copyOf(new TreeMap<>(given).keySet()), List.copyOf(counts.keySet()));
        assertEquals(new TreeMap<>(given).toString(), counts.toString());
        assertEquals(7, counts.get("mango"));
        assertNull(counts.get("kiwi"));
        assertNull(counts.get(42));
        assertTrue(counts.containsKey("zebra"));
        assertFalse(counts.containsKey("zebr"));
        assertThrows(UnsupportedOperationException.class, () -> counts.put("kiwi", 1));
    }

    @Test
    void aMapIsCopiedByItsEntriesWithoutLookingKeysUp() {
        Map<String, Integer> given = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        int[] lookups = {0};
        Map<String, Integer> walkedOnly = new AbstractMap<>() {
            @Override
            public Integer get(Object key) {
                lookups[0]++;
                return super.get(key);
            }

            @Override
            public Set<Map.Entry<String, Integer>> entrySet() {
                return given.entrySet();
            }
        };
        assertEquals(given, SortedCounts.of(walkedOnly));
        assertEquals(0, lookups[0]);
    }

    @Test
    void countsOfSharedKeysKeepTheirKeysAndReadInKeyOrder() {
        String shared = SharedStrings.of("infla");
        Map<String, Integer> given = new HashMap<>(Map.of(shared, 4, SharedStrings.of("ekono"), 2));
        Map<String, Integer> counts = SortedCounts.ofShared(given);
        assertEquals(new TreeMap<>(given), counts);
        assertEquals(List.of("ekono", "infla"), List.copyOf(counts.keySet()));
        assertSame(shared, counts.keySet().stream().filter(shared::equals).findFirst().orElseThrow());
        assertSame(counts, SortedCounts.of(counts));
    }

    @Test
    void stringsReadLikeATreeSetInOrder() {
        Set<String> given = new LinkedHashSet<>(List.of("n:smith", "p:CO", "#:1000", "n:jones"));
        Set<String> strings = SortedStrings.of(given);
        assertEquals(new TreeSet<>(given), strings);
        assertEquals(List.copyOf(new TreeSet<>(given)), List.copyOf(strings));
        assertTrue(strings.contains("p:CO"));
        assertFalse(strings.contains("p:VE"));
        assertThrows(UnsupportedOperationException.class, () -> strings.add("p:VE"));
    }

    @Test
    void articlesShareOneInstanceOfEachString() {
        String first = new String("inflation".toCharArray());
        String second = new String("inflation".toCharArray());
        String kept = SortedCounts.of(Map.of(first, 1)).keySet().iterator().next();
        assertSame(kept, SortedCounts.of(Map.of(second, 4)).keySet().iterator().next());
        assertSame(kept, SortedStrings.of(Set.of(new String("inflation".toCharArray()))).iterator().next());
    }

    @Test
    void sumsAreTakenKeyByKeyInKeyOrder() {
        SortedCounts a = SortedCounts.ofShared(Map.of("flood", 2, "lima", 1, "rain", 4));
        SortedCounts b = SortedCounts.ofShared(Map.of("aid", 1, "lima", 3, "zone", 2));
        Map<String, Integer> sum = SortedCounts.sum(a, b);
        assertEquals(new TreeMap<>(Map.of("aid", 1, "flood", 2, "lima", 4, "rain", 4, "zone", 2)), sum);
        assertEquals(List.of("aid", "flood", "lima", "rain", "zone"), List.copyOf(sum.keySet()));
        assertEquals(sum, SortedCounts.sum(b, a));
        SortedCounts none = SortedCounts.ofShared(Map.of());
        assertSame(a, SortedCounts.sum(a, none));
        assertSame(b, SortedCounts.sum(none, b));
    }
}

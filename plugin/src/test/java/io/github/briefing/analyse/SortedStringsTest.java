package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SortedStringsTest {

    @Test
    void aUnionHoldsEachStringOnceInOrder() {
        Set<String> a = SortedStrings.of(Set.of("guaido", "maduro", "pompeo"));
        Set<String> b = SortedStrings.of(Set.of("bolton", "maduro", "zapatero"));
        Set<String> union = SortedStrings.union(a, b);
        assertEquals(new TreeSet<>(List.of("bolton", "guaido", "maduro", "pompeo", "zapatero")), union);
        assertEquals(List.of("bolton", "guaido", "maduro", "pompeo", "zapatero"), List.copyOf(union));
        assertEquals(union, SortedStrings.union(b, a));
        assertEquals(a, SortedStrings.union(a, a));
        Set<String> none = SortedStrings.of(Set.of());
        assertSame(a, SortedStrings.union(a, none));
        assertSame(b, SortedStrings.union(none, b));
    }
}

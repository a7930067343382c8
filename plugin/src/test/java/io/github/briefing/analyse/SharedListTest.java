package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SharedListTest {

    @Test
    void keepsTheOrderAndRepeatsAndHoldsEachStringOnce() {
        List<String> features = List.of("n:guaido", new String("p:VE"), new String("n:guaido"), "#:1000");
        List<String> shared = SharedList.of(features);
        assertEquals(features, shared);
        assertSame(shared.get(0), shared.get(2));
        assertSame(SharedStrings.of("p:VE"), shared.get(1));
        assertThrows(UnsupportedOperationException.class, () -> shared.set(0, "n:maduro"));
    }

    @Test
    void aSharedListIsTakenAsItIs() {
        List<String> shared = SharedList.of(List.of("n:guaido", "p:CO"));
        assertSame(shared, SharedList.of(shared));
    }

    @Test
    void sharedStringsAreTakenWithoutLookingThemUp() {
        String feature = new String("n:nobody-else-writes-this");
        List<String> shared = SharedList.ofShared(List.of(feature, "p:CO"));
        assertSame(feature, shared.get(0));
        assertSame(shared, SharedList.of(shared));
        assertEquals(List.of("n:nobody-else-writes-this", "p:CO"), shared);
    }
}

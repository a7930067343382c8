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
}

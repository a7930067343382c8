package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundedMemoTest {

    @Test
    void aKeyMetAgainGetsTheValueKeptWithoutTheWork() {
        AtomicInteger work = new AtomicInteger();
        BoundedMemo<String, String> memo = new BoundedMemo<>(16, 1_000, (k, v) -> 10);
        String value = memo.get("harbour", k -> k.toUpperCase() + work.incrementAndGet());
        assertSame(value, memo.get(new String("harbour".toCharArray()), k -> k.toUpperCase() + work.incrementAndGet()));
        assertEquals(1, work.get());
        assertEquals(10, memo.kept());
    }

    @Test
    void aKeyOfTheSameSlotTakesThePlaceOfTheOneThere() {
        BoundedMemo<Integer, String> memo = new BoundedMemo<>(4, 1_000, (k, v) -> k);
        memo.get(1, k -> "one");
        // 5 goes to the slot of 1 (both 1 in the low two bits), replacing it.
        memo.get(5, k -> "five");
        assertEquals(5, memo.kept());
        assertEquals("again", memo.get(1, k -> "again"));
        assertEquals(1, memo.kept());
    }

    @Test
    void nothingIsKeptPastTheBudget() {
        BoundedMemo<Integer, String> memo = new BoundedMemo<>(1 << 10, 100, (k, v) -> 30);
        for (int k = 0; k < 10; k++) {
            assertEquals("v" + k, memo.get(k, key -> "v" + key));
        }
        assertEquals(90, memo.kept());
        // A key not kept is worked out again, and gives the same value.
        AtomicInteger work = new AtomicInteger();
        assertEquals("v9", memo.get(9, key -> {
            work.incrementAndGet();
            return "v" + key;
        }));
        assertEquals(1, work.get());
    }

    @Test
    void slotsAreAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedMemo<String, String>(100, 1, (k, v) -> 1));
    }

    @Test
    void keptGivesAKeptValueAndKeepsNothingItself() {
        BoundedMemo<String, String> memo = new BoundedMemo<>(16, 1_000, (k, v) -> 10);
        assertNull(memo.kept("harbour"));
        assertEquals(0, memo.kept());
        memo.get("harbour", String::toUpperCase);
        assertEquals("HARBOUR", memo.kept(new String("harbour".toCharArray())));
    }
}

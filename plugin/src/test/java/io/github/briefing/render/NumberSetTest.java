package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberSetTest {

    @Test
    void tellsWhetherANumberIsNewAsAHashSetWould() {
        Random random = new Random(5);
        for (int most : new int[] {0, 1, 2, 3, 17, 1000}) {
            NumberSet set = new NumberSet(most);
            Set<Long> expected = new HashSet<>();
            for (int i = 0; i < 3 * most; i++) {
                long number = random.nextBoolean() ? random.nextInt(Math.max(1, most)) : (long) random.nextInt(4) << 32 | 9;
                if (expected.size() < most || expected.contains(number)) {
                    assertEquals(expected.add(number), set.add(number), "number " + number);
                }
            }
        }
    }

    @Test
    void holdsAsManyAsItWasMadeFor() {
        NumberSet full = new NumberSet(64);
        for (long n = 0; n < 64; n++) {
            assertTrue(full.add(n * 1024));
        }
        for (long n = 0; n < 64; n++) {
            assertFalse(full.add(n * 1024));
        }
        assertThrows(IllegalArgumentException.class, () -> new NumberSet(1).add(-1));
    }
}

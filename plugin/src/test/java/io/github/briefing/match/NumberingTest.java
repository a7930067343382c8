package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberingTest {

    @Test
    void namesAreNumberedInTheOrderFirstGivenAndKeepTheirNumber() {
        Numbering numbering = new Numbering(1);
        assertEquals(0, numbering.number("n:guaidó"));
        assertEquals(1, numbering.number("#:1000"));
        assertEquals(0, numbering.number(new String("n:guaidó"))); // equal, not the same instance
        assertEquals(2, numbering.number("w:strike"));
        assertEquals(1, numbering.number("#:1000"));
        assertEquals(3, numbering.size());
    }

    @Test
    void numbersAreAMapsFirstAppearanceNumbersPastManyGrowths() {
        Numbering numbering = new Numbering(4);
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            // Names alike but for a few characters, and hashes colliding ("Aa" and "BB"), as features are.
            String name = (random.nextBoolean() ? "Aa" : "BB") + random.nextInt(50_000);
            Integer before = expected.putIfAbsent(name, expected.size());
            assertEquals(before == null ? expected.size() - 1 : before, numbering.number(name), name);
        }
        assertEquals(expected.size(), numbering.size());
    }
}

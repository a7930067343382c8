package io.github.briefing.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class FingerprintTest {

    @Test
    void equalPartsGiveEqualPrints() {
        assertEquals(new Fingerprint().add("harbour").add("reopens").hex(),
                new Fingerprint().add("harbour").add("reopens").hex());
        assertEquals(32, new Fingerprint().hex().length());
    }

    @Test
    void partsSplitElsewhereOrInAnotherOrderDiffer() {
        assertNotEquals(new Fingerprint().add("ab").add("c").hex(), new Fingerprint().add("a").add("bc").hex());
        assertNotEquals(new Fingerprint().add("a").add("b").hex(), new Fingerprint().add("b").add("a").hex());
        assertNotEquals(new Fingerprint().add("").hex(), new Fingerprint().hex());
        assertNotEquals(new Fingerprint().add("a").hex(), new Fingerprint().add("a\u0000").hex());
        assertNotEquals(new Fingerprint().add("abc").hex(),
                new Fingerprint().add("abc".getBytes(StandardCharsets.UTF_8)).hex());
    }

    @Test
    void numbersCountByTheirBitsAndDifferFromTheirText() {
        assertEquals(new Fingerprint().add(3L).hex(), new Fingerprint().add(3L).hex());
        assertNotEquals(new Fingerprint().add(3L).hex(), new Fingerprint().add("3").hex());
        assertNotEquals(new Fingerprint().add(0L).hex(), new Fingerprint().add("").hex());
        assertNotEquals(new Fingerprint().add(1L).add(2L).hex(), new Fingerprint().add(2L).add(1L).hex());
        assertNotEquals(new Fingerprint().add(Double.doubleToLongBits(0.5)).hex(),
                new Fingerprint().add(Double.doubleToLongBits(0.25)).hex());
    }

    @Test
    void everyCharacterOfALongTextCounts() {
        // longer than the piece a string is copied out in, so the last pieces are read too
        String text = "x".repeat(10_000);
        String print = new Fingerprint().add(text).hex();
        Set<String> prints = new HashSet<>(Set.of(print));
        for (int at : new int[] {0, 3, 4, 4095, 4096, 8191, 9_999}) {
            String changed = text.substring(0, at) + "y" + text.substring(at + 1);
            prints.add(new Fingerprint().add(changed).hex());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            bytes[at] = 'y';
            prints.add(new Fingerprint().add(bytes).hex());
        }
        assertEquals(15, prints.size());
        assertEquals(print, new Fingerprint().add(text).hex());
    }

    @Test
    void shortDistinctTextsGetDistinctPrints() {
        Set<String> prints = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            prints.add(new Fingerprint().add(Integer.toString(i)).hex());
        }
        assertEquals(100_000, prints.size());
    }
}

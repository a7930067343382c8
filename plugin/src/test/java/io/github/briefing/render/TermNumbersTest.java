package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class TermNumbersTest {

    @Test
    void numbersEachTermOnceAndKeepsTheNumbersInItsLine() {
        TermNumbers numbers = new TermNumbers();
        assertEquals(0, numbers.number("lima"));
        assertEquals(1, numbers.number("2,500"));
        assertEquals(0, numbers.number("lima"));

        TermNumbers kept = TermNumbers.parse(numbers.line());
        assertEquals(1, kept.number("2,500"));
        assertEquals(2, kept.number("quito"), "a new term after the kept ones");
        assertArrayEquals(new String[] {"lima", "2,500", "quito"}, kept.terms());
    }

    @Test
    void numbersGivenOnManyThreadsAreDistinctAndDense() {
        TermNumbers numbers = new TermNumbers();
        IntStream.range(0, 20_000).parallel().forEach(i -> numbers.number("t" + (i % 5000)));
        assertEquals(5000, numbers.size());
        assertEquals(5000, java.util.Arrays.stream(numbers.terms()).distinct().count());
    }

    @Test
    void numbersSavedByTheLastBuildOfTheProcessAreTakenForTheirLineOnly() {
        TermNumbers numbers = new TermNumbers();
        List.of("lima", "quito").forEach(numbers::number);
        String line = numbers.line();
        numbers.keepAs(line);
        TermNumbers taken = TermNumbers.saved(new String(line));
        assertSame(numbers, taken);
        assertEquals(2, taken.number("bogota"), "numbered after the saved ones");
        assertNotSame(numbers, TermNumbers.saved(new String(line)), "taken once: read from the line after");
        numbers.keepAs(line);
        TermNumbers other = TermNumbers.saved("quito\u001flima\u001f");
        assertNotSame(numbers, other);
        assertEquals(0, other.number("quito"), "another line is read as it is");
    }

    @Test
    void aMissingOrDamagedLineGivesNoNumbers() {
        assertNull(TermNumbers.parse(null));
        assertNull(TermNumbers.parse("a\u001fb\u001fa\u001f"), "a term twice");
        assertNull(TermNumbers.parse("a\u001fb"), "a line cut short");
        assertEquals(0, TermNumbers.parse("").size());
    }

    @Test
    void keepsOnlyTheUsedTermsNumberedAgainInTheirOrder() {
        TermNumbers numbers = new TermNumbers();
        List.of("a", "b", "c", "d").forEach(numbers::number);
        int[] renumbered = new int[4];
        java.util.BitSet named = new java.util.BitSet();
        named.set(1);
        named.set(3);
        TermNumbers used = numbers.only(named, renumbered);

        assertArrayEquals(new String[] {"b", "d"}, used.terms());
        assertArrayEquals(new int[] {-1, 0, -1, 1}, renumbered);
    }

    @Test
    void aTermHoldingASeparatorLeavesNoLine() {
        TermNumbers numbers = new TermNumbers();
        numbers.number("a\tb");
        assertNull(numbers.line());
    }
}

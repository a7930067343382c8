package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineMemoTest {

    @Test
    void theFactsAreThePredicatesOfTheLine() {
        LineMemo memo = new LineMemo();
        for (String line : LineFactsTest.LINES) {
            LineFactsTest.assertFactsOf(line, memo.of(line));
            LineFactsTest.assertFactsOf(line, memo.of(new String(line.toCharArray())));
        }
    }

    @Test
    void aLineMetAgainAfterLineFactsGaveItsSlotAwayIsTheOneKept() {
        LineMemo memo = new LineMemo();
        String line = "The harbour bridge closes for six months of repairs, the council said " + new Random().nextLong();
        LineFacts facts = memo.of(line);
        // Another line in the same slot of LineFacts' own memo takes the line's place there.
        String other = sameShortSlot(line);
        memo.of(other);
        assertNull(LineFacts.kept(line), "LineFacts' memo gave the slot away");
        String again = new String(line.toCharArray());
        assertSame(facts, memo.of(again));
        // And it is back where the cleaner's helpers look lines up.
        assertSame(facts, LineFacts.of(again));
    }

    @Test
    void aVeryLongLineIsNotKept() {
        LineMemo memo = new LineMemo();
        String line = LineFactsTest.LINES.get(0).repeat(20);
        assertNotSame(memo.of(line), memo.of(line));
        assertEquals(0, memo.kept());
    }

    @Test
    void theKeptLinesStayWithinTheBudget() {
        LineMemo memo = new LineMemo();
        String filler = "x".repeat(LineFacts.MAX_KEPT - 10);
        int lines = 60_000;
        for (int i = 0; i < lines; i++) {
            memo.of(filler + i);
        }
        // 60,000 lines of 500 characters would take some 130 MB.
        assertTrue(memo.kept() <= LineMemo.BUDGET, "kept " + memo.kept());
        assertTrue(memo.kept() > LineMemo.BUDGET * 9 / 10, "kept " + memo.kept());
    }

    @Test
    void threadsSharingAMemoGetThePredicatesAnswers() throws Exception {
        LineFactsTest.askFromThreads(new LineMemo()::of);
    }

    /** A line that {@link LineFacts}' memo puts in the slot of {@code line}. */
    private static String sameShortSlot(String line) {
        for (int i = 0; ; i++) {
            String other = "Another line " + i;
            if (slot(other, 15) == slot(line, 15) && slot(other, 18) != slot(line, 18)) {
                return other;
            }
        }
    }

    private static int slot(String line, int bits) {
        int hash = line.hashCode();
        return (hash ^ hash >>> 16) & ((1 << bits) - 1);
    }
}

package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CountedLinesTest {

    private static final String STORY = "Home\nNews\n\nThe council voted on Tuesday to close the harbour bridge for the"
            + " whole summer. Repairs start in May and take six weeks or more, the mayor's office said.\n"
            + "Share this article on your favourite network today\nHome\n";

    @Test
    void aTextCountsAsItsLinesDoTogether() {
        CountedLines counting = new CountedLines();
        assertSame(SharedLines.Lines.of(STORY), counting.of(STORY));
    }

    @Test
    void aCopyUnderALineOfItsOwnCountsAsIfReadWhole() {
        CountedLines counting = new CountedLines();
        counting.of(STORY);
        String copy = "Harbour bridge to close for the summer, council says\n" + STORY;
        assertSame(SharedLines.Lines.of(copy), counting.of(copy));
        // A sentence both texts hold is counted once per text.
        String twice = STORY + "The council voted on Tuesday to close the harbour bridge for the whole summer.\n";
        assertSame(SharedLines.Lines.of(twice), counting.of(twice));
    }

    @Test
    void randomTextsAndTheirCopiesCountAsIfReadWhole() {
        String[] parts = {"word", "Word", " ", "\n", "\n\n", ".", "?", "\u3002", "\"", "\u201C", "'", "\u2014",
                "\u00A0", "\t", "\r", "\u5E02\u8B70\u4F1A", "\uD83D\uDE00", "Dr.", "3.5", "a b c d e f g h",
                "Long words of a paragraph that run past a template line's length, "};
        Random random = new Random(7);
        CountedLines counting = new CountedLines();
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String original = text.toString();
            String copy = parts[random.nextInt(parts.length)] + "\n" + original;
            assertSame(SharedLines.Lines.of(original), counting.of(original));
            assertSame(SharedLines.Lines.of(copy), counting.of(copy));
        }
    }

    private static void assertSame(SharedLines.Lines expected, SharedLines.Lines actual) {
        assertEquals(expected.keys(), actual.keys());
        assertArrayEquals(expected.sentences(), actual.sentences());
    }
}

package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SharedLinesTest {

    @Test
    void anArticleBringsTheKeysOfItsShortLinesAndTheHashesOfItsSentences() {
        String text = "Home\nNews\n\nThe council voted on Tuesday to close the harbour bridge for the whole summer. Repairs "
                + "start in May and take six weeks or more, the mayor's office said in a statement.\nShare this article on your favourite network today\nHome";
        SharedLines.Lines lines = SharedLines.Lines.of(text);
        assertEquals(Set.of("home", "news", "share this article on your favourite network today"), lines.keys());
        assertEquals(3, lines.sentences().length); // the one-sentence line, and the two sentences of the long paragraph
        assertArrayEquals(definition(text).sentences(), lines.sentences());
    }

    @Test
    void randomTextsGiveWhatTheirLinesAndSentencesGiveOneByOne() {
        String[] parts = {"word", "Word", " ", "  ", "\n", "\n\n", ".", "?", "\u3002", "\"", "\u201C", "\u201D", "'",
                "\u2014", "--", "\u00A0", "\t", "\u5E02\u8B70\u4F1A", "\uD83D\uDE00", "e\u0301", "Dr.", "3.5",
                "a b c d e f g h", "Long words of a paragraph that run past a template line's length, "};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            SharedLines.Lines expected = definition(text.toString());
            SharedLines.Lines lines = SharedLines.Lines.of(text.toString());
            assertEquals(expected.keys(), lines.keys(), text::toString);
            assertArrayEquals(expected.sentences(), lines.sentences(), text::toString);
        }
    }

    /**
     * What an article brings, straight from the definition: each line's key when it is at most 160 characters and not
     * empty; the hash of each sentence of six words or more that quotes nobody, sorted, each once.
     */
    private static SharedLines.Lines definition(String text) {
        Set<String> keys = new HashSet<>();
        Set<Long> hashes = new HashSet<>();
        for (String line : text.split("\n")) {
            String key = LineKey.of(line);
            if (!key.isEmpty() && key.length() <= 160) {
                keys.add(key);
            }
            for (String sentence : Sentences.of(line)) {
                char[] chars = sentence.toCharArray();
                if (LineFeatures.hasWords(sentence, SharedSentences.MIN_WORDS)
                        && !SharedSentences.quotes(chars, 0, chars.length)) {
                    hashes.add(SharedSentences.hash(LineKey.of(sentence)));
                }
            }
        }
        long[] sorted = hashes.stream().mapToLong(Long::longValue).sorted().toArray();
        return new SharedLines.Lines(keys, Arrays.copyOf(sorted, sorted.length));
    }
}

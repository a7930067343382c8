package io.github.briefing.describe;

import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NormalizedTextTest {

    @Test
    void isTheLibrarysTextObject() {
        TextObjectFactory library = new TextObjectFactoryBuilder().build();
        // Blanks, ASCII, Latin-1 (excluded letters among them), Latin Extended Additional, Arabic, general punctuation,
        // kana, Bopomofo, CJK ideographs (some folded to one of their class), Hangul, surrogates
        int[][] ranges = {{0x09, 0x0D}, {0x20, 0x7E}, {0xA0, 0xFF}, {0x1E00, 0x1EFF}, {0x600, 0x6FF},
            {0x2000, 0x206F}, {0x3040, 0x30FF}, {0x3100, 0x312F}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3},
            {0xD800, 0xDFFF}};
        Random random = new Random(11);
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(300); n > 0; n--) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.append((char) (range[0] + random.nextInt(range[1] - range[0] + 1)));
            }
            String sample = text.toString();
            assertEquals(library.forText(sample).toString(), NormalizedText.of(sample), sample);
        }
    }
}

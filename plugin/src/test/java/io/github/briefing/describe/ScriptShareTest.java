package io.github.briefing.describe;

import org.junit.jupiter.api.Test;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptShareTest {

    @Test
    void countsEachLetterUnderItsScript() {
        // ASCII, Latin-1 (ª, µ, º are letters; × and ÷ are not), other scripts, marks, digits, past the BMP
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0xFF}, {0x100, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF},
            {0x400, 0x4FF}, {0x600, 0x6FF}, {0x3040, 0x30FF}, {0x4E00, 0x4E80}, {0xAC00, 0xAC80},
            {0x1D400, 0x1D4FF}, {0x20000, 0x20080}};
        Random random = new Random(5);
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(200); n > 0; n--) {
                int[] range = ranges[random.nextInt(ranges.length)];
                text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            ScriptShare share = ScriptShare.of(text.toString());
            Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
            int letters = 0;
            for (int c : text.codePoints().toArray()) {
                if (Character.isLetter(c)) {
                    letters++;
                    counts.merge(UnicodeScript.of(c), 1, Integer::sum);
                }
            }
            assertEquals(new ScriptShare(counts, letters), share, text.toString());
        }
    }
}

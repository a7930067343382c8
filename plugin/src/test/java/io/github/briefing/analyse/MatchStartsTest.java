package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchStartsTest {

    /** Patterns of the kinds read in texts: a lookbehind at the start, groups, a lookahead at the end. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?=\\d)(?<![\\d.])(\\d{1,2})\\.?\\s+(\\p{L}{3,})");
    private static final Pattern FIGURE =
            Pattern.compile("(?=\\d)(?<![\\p{IsLatin}\\d.,])(\\d+)(?:[.,](\\d{1,2}))?(?!\\d)");
    private static final Pattern CAPITALS = Pattern.compile("(?=[A-Z])(?<!\\p{IsLatin})[A-Z]{2,6}(?!\\p{IsLatin})");
    private static final String LETTERS = "0123456789 .,-\nAZaé月Жx";

    @Test
    void findsWhatASearchFindsInRandomTexts() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            String t = text.toString();
            assertEquals(searched(DAY_MONTH, t), started(MatchStarts.atDigits(DAY_MONTH, t)), t);
            assertEquals(searched(FIGURE, t), started(MatchStarts.atDigits(FIGURE, t)), t);
            assertEquals(searched(CAPITALS, t), started(new MatchStarts(CAPITALS, t, 'A', 'Z')), t);
        }
    }

    @Test
    void aLookbehindSeesTheTextBeforeTheStart() {
        assertEquals(List.of(), started(MatchStarts.atDigits(FIGURE, "x12 a5")));
        assertEquals(List.of("4:6 12 null"), started(MatchStarts.atDigits(FIGURE, "x1, 12")));
    }

    /** Each match as start:end, then its groups. */
    private static List<String> searched(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(described(m));
        }
        return found;
    }

    private static List<String> started(MatchStarts starts) {
        List<String> found = new ArrayList<>();
        while (starts.find()) {
            found.add(described(starts.matcher()));
        }
        return found;
    }

    private static String described(Matcher m) {
        StringBuilder described = new StringBuilder(m.start() + ":" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            described.append(' ').append(m.group(g));
        }
        return described.toString();
    }
}

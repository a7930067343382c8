package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyWordsTest {

    @Test
    void aHeadlinesPhrasesComeBackInTheLeadInAScriptWithoutSpaces() {
        BodyWords words = new BodyWords(List.of(
                "市議会は水曜日、老朽化した港湾橋を修理のため閉鎖することを決めた。通勤客は半年間フェリーを使う。"), 0, 1, BodyWords.Body::of);
        double headline = words.leadPhrases("港湾橋を修理のため閉鎖");
        double caption = words.leadPhrases("夕暮れの公園で遊ぶ子どもたち");
        assertTrue(headline > 0.5, "headline " + headline);
        assertEquals(0, caption);
    }

    @Test
    void theTopicIsTheBodysMostFrequentWords() {
        BodyWords words = new BodyWords(List.of(
                "Die Brücke im Hafen wird wegen Rost geschlossen, sagte der Stadtrat.",
                "Die Brücke bleibt sechs Monate zu; Pendler nehmen die Fähre.",
                "Für die Brücke zahlt die Behörde, für die Fähre die Stadt."), 0, 3, BodyWords.Body::of);
        assertEquals(2.0 / 3, words.topicNamed("Brücke zu, Fähre fährt öfter"), 1e-9);
        assertEquals(0, words.topicNamed("Wetter am Wochenende"));
    }

    @Test
    void wordsOfTheLeadAndOfTheBodyAreTheLongerOnes() {
        BodyWords words = new BodyWords(List.of("El puente del puerto cierra por obras.", "x".repeat(700),
                "Los ferris saldrán cada diez minutos."), 0, 3, BodyWords.Body::of);
        assertEquals(1.0, words.inLead("Puente cierra"));
        assertEquals(0.5, words.inLead("Puente ferris"));
        assertEquals(1.0, words.inBody("Puente ferris"));
    }

    @Test
    void theArticlesOwnWordsAreTheBodysWordsThatTheMenusAroundItDoNotRepeat() {
        List<String> lines = List.of("Harbour news", "Harbour weather", "Bridge repairs close the harbour crossing",
                "Harbour events", "Bridge repairs close the harbour crossing",
                "The council will close the harbour bridge for repairs, diverting commuters to another crossing.");
        BodyWords words = new BodyWords(lines, 5, 6, BodyWords.Body::of);
        // "harbour" stands on four lines around the body; the line's other words only in the body and its one copy.
        assertEquals(0.8, words.ownWords(lines.get(2), true), 1e-9);
        assertEquals(0, words.ownWords("Harbour events", true));
        // A line of the body holds its own words: they count where another line of the body holds them too.
        assertEquals(0, words.ownWords(lines.get(5), false));
    }

    @Test
    void aLinesPhrasesAreTheLetterTrigramsOfItsWordsThatTheLeadHolds() {
        // Few letters, so that lines share trigrams; a dotted capital I and a capital sigma change as they are
        // lower-cased, a letter outside the BMP is two characters, a superscript and a Roman numeral are numbers.
        String pool = "abcab \u0130\u03A3\u03C3\u00B2\u2163\u0301-\uD840\uDC00";
        Random random = new Random(9);
        for (int n = 0; n < 3_000; n++) {
            String lead = text(pool, random, 60);
            String line = text(pool, random, 20);
            BodyWords words = new BodyWords(List.of(lead), 0, 1, BodyWords.Body::of);
            assertEquals(phraseShare(line, lead), words.leadPhrases(line), line + " / " + lead);
        }
    }

    private static String text(String pool, Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(length); i > 0; i--) {
            text.append(pool.charAt(random.nextInt(pool.length())));
        }
        return text.toString();
    }

    /** The share of the line's trigrams in the lead, by the rule: lower-case, part at non-letters, three in a row. */
    private static double phraseShare(String line, String lead) {
        Set<String> own = trigrams(line);
        Set<String> inLead = trigrams(lead);
        return own.isEmpty() ? 0 : (double) own.stream().filter(inLead::contains).count() / own.size();
    }

    private static Set<String> trigrams(String text) {
        Set<String> grams = new HashSet<>();
        for (String word : Pattern.compile("[^\\p{L}\\p{N}]+").split(text.toLowerCase(Locale.ROOT))) {
            for (int i = 0; i + 3 <= word.length(); i++) {
                grams.add(word.substring(i, i + 3));
            }
        }
        return grams;
    }

    @Test
    void theMostFrequentWordsAreTheFirstTenByCountThenAlphabetically() {
        Random random = new Random(3);
        for (int n = 0; n < 2_000; n++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int w = random.nextInt(40); w > 0; w--) {
                counts.put(Integer.toString(random.nextInt(100), 36), 1 + random.nextInt(4));
            }
            Set<String> sorted = new HashSet<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).limit(10).forEach(e -> sorted.add(e.getKey()));
            assertEquals(sorted, new HashSet<>(BodyWords.mostFrequent(counts, Integer::intValue)), counts.toString());
        }
    }

    @Test
    void aBodyHoldsTheWordsOfItsLinesAndNoOthers() {
        // Few letters, so that words share their beginnings; letters outside Latin-1 and outside the BMP too.
        String pool = "abab \u00E9\u0416\u4E2D\uD840\uDC00";
        Random random = new Random(5);
        for (int n = 0; n < 2_000; n++) {
            List<String> lines = List.of(text(pool, random, 40), text(pool, random, 40));
            BodyWords.Body body = BodyWords.Body.of(lines);
            Set<String> words = new HashSet<>(BodyWords.words(lines.get(0)));
            Set<String> second = new HashSet<>(BodyWords.words(lines.get(1)));
            for (int q = 0; q < 20; q++) {
                String word = BodyWords.words("x" + text(pool, random, 8)).stream().findFirst().orElse("xxxx");
                word = random.nextBoolean() || words.isEmpty() ? word : words.iterator().next();
                boolean twice = words.contains(word) && second.contains(word);
                assertEquals(words.contains(word) || second.contains(word), body.holds(word), word + " in " + lines);
                assertEquals(twice, body.onLines(word, 2), word + " twice in " + lines);
            }
        }
    }
}

package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyDiffTest {

    private static final List<String> TEXT = List.of(
            "LIMA (Reuters) - Farmers near Puno brought in 2,500 tonnes of quinoa this season, the cooperative said.",
            "Prices held steady through the harvest, and buyers from three countries came to the market.",
            "The cooperative expects 3 million dollars in sales, its chairwoman told reporters on Tuesday.",
            "Rains arrived late but did little damage.");

    @Test
    void identicalTextsAreOneTextThatDiffersNowhere() {
        CopyDiff diff = CopyDiff.of(TEXT, List.copyOf(TEXT));
        assertTrue(diff.nearlyAll());
        assertEquals(0, diff.places());
        assertEquals(TEXT.stream().map(p -> List.of(new TextRun(p, null))).toList(), diff.paragraphs());
    }

    @Test
    void aParagraphAddedIsOnePlaceMarkedWhereItStands() {
        List<String> longer = new ArrayList<>(TEXT);
        longer.add(2, "Officials said exports would rise next year.");
        CopyDiff diff = CopyDiff.of(TEXT, longer);
        assertTrue(diff.nearlyAll());
        assertEquals(1, diff.places());
        assertEquals(List.of(new TextRun("Officials said exports would rise next year.", "b")), diff.paragraphs().get(2));
        assertEquals(List.of(new TextRun(TEXT.get(2), null)), diff.paragraphs().get(3));
    }

    @Test
    void anotherDatelineAndCreditAreMarkedWordByWordInTheirParagraph() {
        List<String> copy = new ArrayList<>(TEXT);
        copy.set(0, copy.get(0).replace("LIMA (Reuters) - ", "PUNO, Peru (AP) - "));
        copy.set(3, copy.get(3) + " Reporting by the Associated Press.");
        CopyDiff diff = CopyDiff.of(TEXT, copy);
        assertTrue(diff.nearlyAll());
        assertEquals(2, diff.places());
        List<TextRun> first = diff.paragraphs().get(0);
        assertEquals(3, first.size(), "one change, then the rest of the paragraph: " + first);
        assertEquals("a", first.get(0).only());
        assertTrue(first.get(0).text().contains("LIMA") && first.get(0).text().contains("Reuters"), first.toString());
        assertEquals("b", first.get(1).only());
        assertTrue(first.get(1).text().contains("PUNO, Peru") && first.get(1).text().contains("AP"), first.toString());
        assertTrue(first.get(2).only() == null && first.get(2).text().contains("Farmers near Puno"), first.toString());
        List<TextRun> last = diff.paragraphs().get(3);
        assertEquals(2, last.size(), last.toString());
        assertEquals(new TextRun(" Reporting by the Associated Press.", "b"), last.get(1));
        assertTrue(CopyDiff.sameText(TEXT, copy));
    }

    @Test
    void anotherTextInTheSameLanguageIsNotOneText() {
        List<String> other = List.of(
                "The new market in the old town opens its doors on Saturday, the mayor said.",
                "Stalls will sell fish, bread and flowers from local farms.",
                "Rains arrived late but did little damage.");
        assertFalse(CopyDiff.of(TEXT, other).nearlyAll());
        assertFalse(CopyDiff.sameText(TEXT, other));
        assertFalse(CopyDiff.sameText(TEXT, TEXT.subList(0, 2)), "half the text is no copy of the whole");
        assertTrue(CopyDiff.sameText(TEXT, TEXT));
    }

    @Test
    void piecesJoinedAreTheParagraphInEveryScript() {
        for (String p : List.of("Hello, world! “Quoted” text — 3.5 per cent.", "  leading and trailing  ",
                "东京电力公司周二表示，核电站的冷却系统已经恢复。", "กรุงเทพมหานครเป็นเมืองหลวง", "", "...", "Путин заявил: «нет»")) {
            assertEquals(p, String.join("", CopyDiff.pieces(p)), p);
        }
        assertTrue(CopyDiff.pieces("东京电力公司周二表示").size() > 1, "Chinese is split into words without spaces");
        assertEquals(List.of("Hello", ",", " ", "world", "!", " "), CopyDiff.pieces("Hello, world! "));
    }

    /** Each copy is what both carry plus what only it carries, in order, on random edits of random texts. */
    @Test
    void everyWordOfBothCopiesIsOnThePage() {
        Random random = new Random(7);
        for (int round = 0; round < 400; round++) {
            List<String> a = text(random);
            List<String> b = round % 10 == 0 ? text(random) : edited(a, random);
            CopyDiff diff = CopyDiff.of(a, b);
            assertEquals(a, copy(diff, "b"), "copy A from " + a + " and " + b);
            assertEquals(b, copy(diff, "a"), "copy B from " + a + " and " + b);
        }
    }

    @Test
    void longChangedParagraphsAreMarkedWholeRatherThanComparedWordByWord() {
        Random random = new Random(11);
        String a = IntStream.range(0, CopyDiff.PIECES_COMPARED / 2).mapToObj(i -> word(random)).collect(Collectors.joining(" "));
        String b = a + " and one more";
        CopyDiff diff = CopyDiff.of(List.of(a), List.of(b));
        assertEquals(List.of(List.of(new TextRun(a, "a")), List.of(new TextRun(b, "b"))), diff.paragraphs());
        assertFalse(diff.nearlyAll(), "what is marked whole is not counted as shared");
        String shorter = a.substring(0, a.length() / 3);
        CopyDiff compared = CopyDiff.of(List.of(shorter), List.of(shorter + " and one more"));
        assertEquals(1, compared.paragraphs().size());
        assertTrue(compared.nearlyAll());
    }

    /** The paragraphs of one copy as the page shows them: every paragraph holding any of its words, without the other's. */
    private static List<String> copy(CopyDiff diff, String other) {
        return diff.paragraphs().stream().filter(p -> p.stream().anyMatch(r -> !other.equals(r.only())))
                .map(p -> p.stream().filter(r -> !other.equals(r.only())).map(TextRun::text).collect(Collectors.joining()))
                .toList();
    }

    private static List<String> text(Random random) {
        return new ArrayList<>(IntStream.range(0, 1 + random.nextInt(10)).mapToObj(i -> paragraph(random)).toList());
    }

    private static String paragraph(Random random) {
        StringBuilder p = new StringBuilder();
        int words = random.nextInt(25);
        for (int i = 0; i < words; i++) {
            p.append(word(random)).append(List.of(" ", " ", " ", ", ", ". ", "  ", " - ").get(random.nextInt(7)));
        }
        return random.nextBoolean() ? p.toString().strip() : p.toString();
    }

    private static String word(Random random) {
        return List.of("the", "quinoa", "Puno", "2,500", "tonnes", "said", "a", "東京", "Путин", "rain", "market",
                "«нет»", "it's").get(random.nextInt(13));
    }

    /** A copy of a text with some paragraphs dropped, added or changed word by word. */
    private static List<String> edited(List<String> text, Random random) {
        List<String> copy = new ArrayList<>();
        for (String p : text) {
            switch (random.nextInt(6)) {
                case 0 -> { } // dropped
                case 1 -> {
                    copy.add(paragraph(random));
                    copy.add(p);
                }
                case 2 -> copy.add(changed(p, random));
                default -> copy.add(p);
            }
        }
        return copy;
    }

    private static String changed(String paragraph, Random random) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ", -1)));
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> words.remove(at);
                case 1 -> words.add(at, word(random));
                default -> words.set(at, word(random));
            }
            if (words.isEmpty()) {
                words.add(word(random));
            }
        }
        return String.join(" ", words);
    }
}

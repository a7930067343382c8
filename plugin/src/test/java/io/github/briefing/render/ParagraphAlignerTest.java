package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphAlignerTest {

    /** Anchors here are the capitalised words of a paragraph. */
    private static final Function<String, Set<String>> CAPITALS = p -> Set.copyOf(
            java.util.Arrays.stream(p.split("\\W+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).toList());

    @Test
    void pairsParagraphsOneToOneWhenTheyCorrespond() {
        List<String> a = List.of("Alpha met Bravo in Lima today.", "Charlie spoke for a long while about the plan.", "Delta left.");
        List<String> b = List.of("Alpha traf Bravo heute in Lima.", "Charlie sprach lange über den Plan, sehr lange.", "Delta ging.");
        assertEquals(List.of(new ParagraphAligner.Step(0, 1, 0, 1), new ParagraphAligner.Step(1, 2, 1, 2),
                new ParagraphAligner.Step(2, 3, 2, 3)), ParagraphAligner.align(a, b, CAPITALS));
    }

    @Test
    void leavesAParagraphWithoutCounterpartOnItsOwn() {
        List<String> a = List.of("Alpha met Bravo in Lima.", "Echo Foxtrot Golf Hotel India Juliet Kilo.", "Delta left Lima.");
        List<String> b = List.of("Alpha traf Bravo in Lima.", "Delta verließ Lima.");
        List<ParagraphAligner.Step> steps = ParagraphAligner.align(a, b, CAPITALS);
        assertEquals(new ParagraphAligner.Step(0, 1, 0, 1), steps.get(0));
        assertEquals(new ParagraphAligner.Step(1, 2, 1, 1), steps.get(1));
        assertEquals(new ParagraphAligner.Step(2, 3, 1, 2), steps.get(2));
    }

    @Test
    void joinsTwoParagraphsThatATranslationWroteAsOne() {
        List<String> a = List.of("Alpha met Bravo in Lima on a grey morning.", "Charlie joined them later with Delta.",
                "Echo closed the meeting.");
        List<String> b = List.of("Alpha traf Bravo an einem grauen Morgen in Lima; Charlie kam später mit Delta dazu.",
                "Echo schloss die Sitzung.");
        List<ParagraphAligner.Step> steps = ParagraphAligner.align(a, b, CAPITALS);
        assertEquals(List.of(new ParagraphAligner.Step(0, 2, 0, 1), new ParagraphAligner.Step(2, 3, 1, 2)), steps);
    }

    /**
     * Every step's cost as the plain form of the programme computed it (anchor sets joined and compared as hash sets
     * at every step, before they were numbered), on random texts whose anchors come from a small set so that most
     * paragraphs share some: equal to the last bit, so that the programme takes the same steps.
     */
    @Test
    void costsEachStepAsThePlainFormDid() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 100; round++) {
            List<String> a = randomText(random);
            List<String> b = random.nextInt(4) == 0 ? a : randomText(random);
            java.util.Map<String, Integer> numbers = new java.util.HashMap<>();
            ParagraphAligner.Side sa = new ParagraphAligner.Side(a, CAPITALS, numbers);
            ParagraphAligner.Side sb = new ParagraphAligner.Side(b, CAPITALS, numbers);
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    for (int[] step : new int[][] {{1, 1}, {2, 1}, {1, 2}, {1, 0}, {0, 1}}) {
                        if (i + step[0] <= a.size() && j + step[1] <= b.size()) {
                            assertEquals(plainCost(a, i, i + step[0], b, j, j + step[1]),
                                    ParagraphAligner.stepCost(i, step[0], j, step[1], sa, sb));
                        }
                    }
                }
            }
        }
    }

    private static List<String> randomText(java.util.Random random) {
        String[] words = {"Alpha", "Bravo", "Charlie", "Delta", "Echo", "Lima", "said", "the", "and", "today", "more"};
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int p = random.nextInt(25); p > 0; p--) {
            StringBuilder text = new StringBuilder();
            for (int w = 1 + random.nextInt(30); w > 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            paragraphs.add(text.toString().strip());
        }
        return paragraphs;
    }

    /** A step's cost with the anchors of its paragraphs joined in hash sets, as first written. */
    private static double plainCost(List<String> a, int a0, int a1, List<String> b, int b0, int b1) {
        if (a0 == a1 || b0 == b1) {
            return 0.5;
        }
        double totalA = Math.max(1, a.stream().mapToInt(String::length).sum());
        double totalB = Math.max(1, b.stream().mapToInt(String::length).sum());
        double x = 0;
        double y = 0;
        Set<String> sa = new java.util.HashSet<>();
        Set<String> sb = new java.util.HashSet<>();
        for (int i = a0; i < a1; i++) {
            x += a.get(i).length() / totalA;
            sa.addAll(CAPITALS.apply(a.get(i)));
        }
        for (int j = b0; j < b1; j++) {
            y += b.get(j).length() / totalB;
            sb.addAll(CAPITALS.apply(b.get(j)));
        }
        double length = 1 - Math.min(x, y) / Math.max(Math.max(x, y), 1e-9);
        int union = sa.size() + sb.size();
        sa.retainAll(sb);
        double overlap = union == 0 ? 0 : 2.0 * sa.size() / union;
        return length - overlap + (a1 - a0 + b1 - b0 > 2 ? 0.25 : 0);
    }

    @Test
    void alignsEmptyTextsToNothing() {
        assertEquals(List.of(), ParagraphAligner.align(List.of(), List.of(), CAPITALS));
    }
}

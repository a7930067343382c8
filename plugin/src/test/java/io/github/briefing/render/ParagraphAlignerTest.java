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

    @Test
    void alignsEmptyTextsToNothing() {
        assertEquals(List.of(), ParagraphAligner.align(List.of(), List.of(), CAPITALS));
    }
}

package io.github.briefing.group;

import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryClustersTest {

    private static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of(), List.of());

    private static Match sameStory(String a, String b, double score) {
        return new Match(a, b, score, Relation.SAME_STORY, false, NONE);
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "a" + i).toList();
    }

    @Test
    void aChainOfLikenessesIsNotOneStory() {
        List<Match> chain = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            chain.add(sameStory("a" + (i - 1), "a" + i, 0.7 - i * 0.01));
        }
        List<List<String>> stories = StoryClusters.of(ids(8), List.of(), chain);
        // A third article joins a matched pair on one match of two; a fourth would need two of three.
        assertTrue(stories.stream().allMatch(s -> s.size() <= 3), stories.toString());
        assertEquals(3, stories.size(), stories.toString());
    }

    @Test
    void tellingsMatchedWithEachOtherAreOneStory() {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                all.add(sameStory("a" + i, "a" + j, 0.7));
            }
        }
        all.remove(3); // one pair that candidate search did not propose
        assertEquals(List.of(ids(5), List.of("a5")), StoryClusters.of(ids(6), List.of(), all));
    }

    @Test
    void copiesOfOneWireStoryJoinHoweverManyAsOneTelling() {
        // Thirty copies, each matched only with the first, and one other outlet's report matched with two of them.
        List<Match> copies = IntStream.range(1, 30)
                .mapToObj(i -> new Match("a0", "a" + i, 0.9, Relation.TRANSLATION, false, NONE)).toList();
        List<List<String>> stories = StoryClusters.of(ids(31), copies,
                List.of(sameStory("a3", "a30", 0.6), sameStory("a7", "a30", 0.6)));
        assertEquals(List.of(ids(31)), stories);
    }

    @Test
    void aReportJoinsTheStoryItMatchesMostOf() {
        // a0..a2 one story; a3 matches one of them only, a4 matches all three.
        List<Match> matches = new ArrayList<>(List.of(sameStory("a0", "a1", 0.8), sameStory("a0", "a2", 0.8),
                sameStory("a1", "a2", 0.8), sameStory("a2", "a3", 0.75), sameStory("a0", "a4", 0.6),
                sameStory("a1", "a4", 0.6), sameStory("a2", "a4", 0.6)));
        assertEquals(List.of(List.of("a0", "a1", "a2", "a4"), List.of("a3")),
                StoryClusters.of(ids(5), List.of(), matches));
    }
}

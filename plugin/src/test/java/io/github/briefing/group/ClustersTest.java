package io.github.briefing.group;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClustersTest {

    private static Clusters.Link sameStory(String a, String b, double score) {
        return new Clusters.Link(a, b, score);
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "a" + i).toList();
    }

    @Test
    void aChainOfLikenessesIsNotOneStory() {
        List<Clusters.Link> chain = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            chain.add(sameStory("a" + (i - 1), "a" + i, 0.7 - i * 0.01));
        }
        List<List<String>> stories = Clusters.of(ids(8), List.of(), chain);
        // A third article joins a matched pair on one match of two; a fourth would need two of three.
        assertTrue(stories.stream().allMatch(s -> s.size() <= 3), stories.toString());
        assertEquals(3, stories.size(), stories.toString());
    }

    @Test
    void tellingsMatchedWithEachOtherAreOneStory() {
        List<Clusters.Link> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = i + 1; j < 5; j++) {
                all.add(sameStory("a" + i, "a" + j, 0.7));
            }
        }
        all.remove(3); // one pair that candidate search did not propose
        assertEquals(List.of(ids(5), List.of("a5")), Clusters.of(ids(6), List.of(), all));
    }

    @Test
    void copiesOfOneWireStoryJoinHoweverManyAsOneTelling() {
        // Thirty copies, each matched only with the first, and one other outlet's report matched with two of them.
        List<Clusters.Link> copies = IntStream.range(1, 30).mapToObj(i -> sameStory("a0", "a" + i, 0.9)).toList();
        List<List<String>> stories = Clusters.of(ids(31), copies,
                List.of(sameStory("a3", "a30", 0.6), sameStory("a7", "a30", 0.6)));
        assertEquals(List.of(ids(31)), stories);
    }

    @Test
    void aReportJoinsTheStoryItMatchesMostOf() {
        // a0..a2 one story; a3 matches one of them only, a4 matches all three.
        List<Clusters.Link> matches = new ArrayList<>(List.of(sameStory("a0", "a1", 0.8), sameStory("a0", "a2", 0.8),
                sameStory("a1", "a2", 0.8), sameStory("a2", "a3", 0.75), sameStory("a0", "a4", 0.6),
                sameStory("a1", "a4", 0.6), sameStory("a2", "a4", 0.6)));
        assertEquals(List.of(List.of("a0", "a1", "a2", "a4"), List.of("a3")),
                Clusters.of(ids(5), List.of(), matches));
    }
}

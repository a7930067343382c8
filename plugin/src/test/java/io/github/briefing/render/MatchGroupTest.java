package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchGroupTest {

    private static List<MatchView> views(int n) {
        return Collections.nCopies(n, (MatchView) null);
    }

    @Test
    void aPairPageListsAtMostWhatAReaderCanUse() {
        MatchGroup big = new MatchGroup("en \u2194 id", "matches/en-id.html", views(MatchGroup.PAIR_PAGE_MAX + 500), 50);
        assertEquals(MatchGroup.PAIR_PAGE_MAX, big.listed().size());
        assertEquals(50, big.strongest().size());
        assertTrue(big.more());
    }

    @Test
    void aSmallPairIsListedWhole() {
        MatchGroup small = new MatchGroup("de \u2194 fr", "matches/de-fr.html", views(30), 50);
        assertEquals(30, small.listed().size());
        assertFalse(small.more());
    }
}

package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchGroupTest {

    private static List<MatchView> views(int n) {
        return Collections.nCopies(n, (MatchView) null);
    }

    @Test
    void aListSaysWhichRanksItShowsOfHowMany() {
        MatchGroup page = new MatchGroup("en \u2194 id", "matches/en-id.html", views(200), 201, 2500);
        assertEquals(400, page.last());
        assertTrue(page.more());
        assertFalse(new MatchGroup("de \u2194 fr", "matches/de-fr.html", views(30), 1, 30).more());
    }

    @Test
    void aLongPairIsCutIntoLinkedPagesUpToWhatAReaderCanUse() {
        ListPages listing = ListPages.ofMatches("matches/en-id.html", ListPages.MATCHES_LISTED + 500);
        List<ListPages.Page> pages = listing.pages();
        assertEquals(ListPages.MATCHES_LISTED, listing.listed());
        assertEquals(ListPages.MATCHES_LISTED / ListPages.MATCHES_PER_PAGE, pages.size());
        int next = 0;
        for (ListPages.Page p : pages) {
            assertEquals(next, p.from(), "each page goes on where the one before ended");
            assertTrue(p.to() - p.from() <= ListPages.MATCHES_PER_PAGE);
            next = p.to();
        }
        assertEquals(ListPages.MATCHES_LISTED, next);
        assertEquals("matches/en-id.html", pages.get(0).url());
        assertNull(pages.get(0).previous());
        assertEquals(pages.get(1).url(), pages.get(0).next());
        assertEquals("matches/en-id-2.html", pages.get(1).url());
        assertEquals(pages.get(0).url(), pages.get(1).previous());
        assertNull(pages.get(pages.size() - 1).next());
    }

    @Test
    void aShortPairIsOnePage() {
        List<ListPages.Page> pages = ListPages.ofMatches("matches/de-fr.html", 73).pages();
        assertEquals(1, pages.size());
        assertEquals(73, pages.get(0).to());
        assertNull(pages.get(0).next());
    }
}

package io.github.briefing.memory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LastBuildTest {

    private static final long HEAP = Runtime.getRuntime().maxMemory();

    @Test
    void keepsWhatFitsInItsShareForTheNextBuild() {
        LastBuild<String> last = new LastBuild<>(16);
        assertNull(last.get(), "nothing is kept before a build keeps something");
        last.keep("counts", HEAP / 32);
        assertEquals("counts", last.get());
        assertEquals("counts", last.get(), "reading what is kept leaves it kept");
    }

    @Test
    void whatOutgrowsItsShareIsNotKeptAndTheLastBuildsIsForgotten() {
        LastBuild<String> last = new LastBuild<>(16);
        last.keep("small", 1);
        assertFalse(last.fits(HEAP / 16));
        last.keep("large", HEAP / 16);
        assertNull(last.get(), "a build's large result must not leave an older build's in its place");
    }

    @Test
    void aShareIsOfTheWholeHeap() {
        assertTrue(new LastBuild<>(1).fits(HEAP - 1));
        assertFalse(new LastBuild<>(2).fits(HEAP / 2));
        assertThrows(IllegalArgumentException.class, () -> new LastBuild<>(0));
    }

    @Test
    void whatIsTakenIsNoLongerKept() {
        LastBuild<String> last = new LastBuild<>(16);
        last.keep("numbers", 1);
        assertEquals("numbers", last.take());
        assertNull(last.take(), "two builds never take the same thing");
        last.keep("numbers", 1);
        last.forget();
        assertNull(last.get());
    }
}

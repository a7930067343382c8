package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EchoesTest {

    @Test
    void aLineJoinedToASiteNameIsAWindowTitleAndTheShortPartIsTheSiteName() {
        List<String> lines = List.of("Rivers rise after week of rain", "Daily Post",
                "Rivers Rise After Week Of Rain - Daily Post", "Menu");
        Echoes echoes = new Echoes(lines);
        assertEquals(new Echoes.Echo(false, false, true, false, false), echoes.of(0));
        // The site name stands verbatim in the window title: quoted too.
        assertEquals(new Echoes.Echo(true, false, false, true, false), echoes.of(1));
    }

    @Test
    void aLineQuotedInALongerOneIsEchoedAndACopyIsRepeated() {
        List<String> lines = List.of("Rivers rise after week of rain", "Share: Rivers rise after week of rain on your feed",
                "Latest stories", "LATEST STORIES");
        Echoes echoes = new Echoes(lines);
        assertEquals(new Echoes.Echo(true, false, false, false, false), echoes.of(0));
        assertEquals(new Echoes.Echo(false, true, false, false, false), echoes.of(2));
    }

    @Test
    void aBreadcrumbEndingWithALineAfterASeparatorEndsAnother() {
        List<String> lines = List.of("Tarrow", "Home \u00BB Towns \u00BB Tarrow", "Towns", "Visit the Towns", "Sport",
                "Home > Sport");
        Echoes echoes = new Echoes(lines);
        assertTrue(echoes.endsAnother(0));
        assertTrue(echoes.endsAnother(4));
        // "Towns" stands inside the breadcrumb and ends a line without a separator before it.
        assertFalse(echoes.endsAnother(2));
        assertFalse(echoes.endsAnother(1));
    }

    @Test
    void aBreadcrumbStepBeforeAnotherIsAParentStepItsLastStepAndAWindowTitleAreNot() {
        List<String> lines = List.of("Harbour Works Ltd", "Bridge repairs start on Monday", "Press Room",
                "Harbour Works Ltd >", "Home \u203A Press Room \u203A Bridge repairs start on Monday",
                "Bridge repairs start on Monday \u00BB Coastal Gazette");
        Echoes echoes = new Echoes(lines);
        // A step with the next one on the next line, and a middle step.
        assertTrue(echoes.parentStep(0));
        assertTrue(echoes.parentStep(2));
        // The breadcrumb's last step, and a title before one chevron and the site's name.
        assertFalse(echoes.parentStep(1));
    }

    @Test
    void aShortLineOrOneNoOtherLineHoldsIsNotEchoed() {
        List<String> lines = List.of("Sport", "Sport news today", "Rivers rise after week of rain", "Rivers fall again");
        Echoes echoes = new Echoes(lines);
        assertEquals(Echoes.Echo.NONE, echoes.of(0));
        assertEquals(Echoes.Echo.NONE, echoes.of(2));
    }

    @Test
    void aLineThePageCutsShortWithAnEllipsisElsewhereIsShortened() {
        List<String> lines = List.of("Rivers rise after week...", "Rivers rise after week of rain", "Storm\u2026",
                "Storm warning for the coast");
        Echoes echoes = new Echoes(lines);
        assertEquals(new Echoes.Echo(false, false, false, false, true), echoes.of(1));
        // The cut line itself does not count, nor an opening of fewer than three words.
        assertEquals(Echoes.Echo.NONE, echoes.of(0));
        assertEquals(Echoes.Echo.NONE, echoes.of(3));
    }

    @Test
    void aLineHoldsEveryCharacterPairOfALineInsideIt() {
        long[] masks = new long[4];
        Echoes.pairMask("the harbour bridge closes", masks, 0);
        Echoes.pairMask("bridge clo", masks, 2);
        assertEquals(0, masks[2] & ~masks[0]);
        assertEquals(0, masks[3] & ~masks[1]);
    }

    @Test
    void foldingALineToLowerCaseNeitherMakesNorTakesAChevron() {
        for (int c = 0; c < 0x10000; c++) {
            String line = "a" + (char) c + "b";
            assertEquals(Echoes.CHEVRONS.any(line), Echoes.CHEVRONS.any(line.toLowerCase(Locale.ROOT)), "U+" + c);
        }
    }

    @Test
    void aMemosEchoesEqualThoseWorkedOutWholeOnPagesAndOnCopiesWithALineOfTheirOwn() {
        Random random = new Random(7);
        Echoes.Memo memo = new Echoes.Memo();
        for (int round = 0; round < 300; round++) {
            List<String> page = RandomPages.header(random, 3 + random.nextInt(12));
            Echoes kept = memo.of(page);
            // Some lines asked on the original only: the copy works the others out whole.
            for (int i = 0; i < page.size(); i++) {
                if (random.nextInt(4) > 0) {
                    assertEquals(new Echoes(page).of(i), kept.of(i), page + " line " + i);
                }
            }
            for (int copy = 0; copy < 3; copy++) {
                List<String> copied = new ArrayList<>();
                copied.add(RandomPages.ownLine(random, page));
                copied.addAll(page);
                Echoes direct = new Echoes(copied);
                Echoes memoised = memo.of(List.copyOf(copied));
                for (int i = 0; i < copied.size(); i++) {
                    assertEquals(direct.of(i), memoised.of(i), copied + " line " + i);
                    assertEquals(direct.endsAnother(i), memoised.endsAnother(i), copied + " line " + i);
                    assertEquals(direct.parentStep(i), memoised.parentStep(i), copied + " line " + i);
                }
            }
            Echoes again = memo.of(List.copyOf(page));
            for (int i = 0; i < page.size(); i++) {
                assertEquals(new Echoes(page).of(i), again.of(i), page + " line " + i);
            }
        }
    }
}

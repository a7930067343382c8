package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadFigureTest {

    @Test
    void theHeadlinesFirstCountIsTheFigureNotItsYear() {
        LeadFigure figure = LeadFigure.of(Fixtures.article("a", "en", null,
                "In 2020, 1,450 nurses joined the strike", "The strike began on Monday."));
        assertEquals("1450", figure.value());
        assertEquals("1,450 nurses", figure.text().substring(figure.start(), figure.end()));
        assertTrue(figure.inHeadline());
    }

    @Test
    void withoutAFigureInTheHeadlineTheFirstParagraphGivesIt() {
        assertEquals("75", LeadFigure.of(Fixtures.article("a", "en", null, "Nurses strike",
                "About 75 wards closed on 3 May.")).value());
    }

    @Test
    void aHeadlineMadeFromTheLeadHasNoFigureOfItsOwn() {
        LeadFigure figure = LeadFigure.of(Fixtures.article("a", "en", null, null, "About 75 wards closed."));
        assertEquals("75", figure.value());
        assertFalse(figure.inHeadline());
    }

    @Test
    void ordinalsAndNumbersInNamesAreNoCounts() {
        String[][] leads = {
            {"en", "On the 24th, 1,450 nurses joined the strike", "nurses joined the strike"},
            {"ru", "25-го числа бастовали 1450 медсестёр", "медсестёр"},
            {"fr", "Le 1er jour, 1 450 infirmières en grève", "infirmières en grève"},
            {"is", "Vegna COVID\u201419 fóru 1.450 hjúkrunarfræðingar í verkfall", "hjúkrunarfræðingar í verkfall"},
            {"ja", "第2日、1450人が参加", "人が参加"},
            {"is", "Frá 16. öld til dagsins í dag: 1.450 hjúkrunarfræðingar í verkfall", "hjúkrunarfræðingar í verkfall"},
            {"cs", "Poprvé od 19. století stávkuje 1450 sester", "sester"}};
        for (String[] lead : leads) {
            LeadFigure figure = LeadFigure.of(Fixtures.article("a", lead[0], null, lead[1], "No figure here."));
            assertEquals("1450", figure.value(), lead[0]);
            assertEquals(lead[2], figure.counts(), lead[0]);
        }
    }

    @Test
    void inScriptsWrittenWithoutSpacesTheWordBeforeACountMayTouchIt() {
        // "about 4200 people evacuated", "in all 300 people", "at the 20th meeting, 1450 people took part"
        String[][] leads = {
            {"ja", "\u7D044200\u4EBA\u304C\u907F\u96E3", "4200"},
            {"zh", "\u5171\u6709300\u4EBA", "300"},
            {"ja", "\u7B2C20\u56DE\u5927\u4F1A\u306B1450\u4EBA\u304C\u53C2\u52A0", "1450"},
            {"en", "The A320 fleet: 1,450 jets grounded", "1450"}};
        for (String[] lead : leads) {
            LeadFigure figure = LeadFigure.of(Fixtures.article("a", lead[0], null, lead[1], "No figure here."));
            assertEquals(lead[2], figure.value(), lead[1]);
        }
    }

    @Test
    void aCountThatEndsItsSentenceCountsNoWordOfTheNext() {
        LeadFigure figure = LeadFigure.of(Fixtures.article("a", "en", null, "Nurses strike",
                "The number of nurses on strike rose to 1,450. Hospitals said wards would close."));
        assertEquals("1450", figure.value());
        assertEquals("", figure.counts());
        assertEquals("", LeadFigure.of(Fixtures.article("a", "en", null, "Nurses strike",
                "The strike, joined by 1,450, closed wards.")).counts());
    }

    @Test
    void whatIsCountedSkipsTheScaleWordAndStopsAfterAFewWords() {
        assertEquals("euros pour la transition", LeadFigure.of(Fixtures.article("a", "fr", null,
                "Le plan: 30 milliards euros pour la transition écologique", "Rien.")).counts());
        assertEquals("30000000000", LeadFigure.of(Fixtures.article("a", "fr", null,
                "Le plan: 30 milliards euros pour la transition écologique", "Rien.")).value());
    }
}

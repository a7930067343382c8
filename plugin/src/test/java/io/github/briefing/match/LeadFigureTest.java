package io.github.briefing.match;

import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LeadFigureTest {

    @Test
    void theHeadlinesFirstCountIsTheFigureNotItsYear() {
        LeadFigure figure = LeadFigure.of(Fixtures.article("a", "en", null,
                "In 2020, 1,450 nurses joined the strike", "The strike began on Monday."));
        assertEquals("1450", figure.value());
        assertEquals("1,450 nurses", figure.text().substring(figure.start(), figure.end()));
    }

    @Test
    void withoutAFigureInTheHeadlineTheFirstParagraphGivesIt() {
        assertEquals("75", LeadFigure.of(Fixtures.article("a", "en", null, "Nurses strike",
                "About 75 wards closed on 3 May.")).value());
    }

    @Test
    void aHeadlineMadeFromTheLeadHasNoFigureOfItsOwn() {
        assertNull(LeadFigure.inHeadline(Fixtures.article("a", "en", null, null, "About 75 wards closed.")));
        assertEquals("75", LeadFigure.of(Fixtures.article("a", "en", null, null, "About 75 wards closed.")).value());
    }
}

package io.github.briefing.describe;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WireFinderTest {

    private static final String DATELINE_LEAD = "LIMA (Reuters) - The port workers ended their strike on Friday after "
            + "the government agreed to review the new rules for night shifts and the pay that goes with them.";

    /** Where a line stands decides what it credits: kept per line, a lead's credit must not leak to a closing line. */
    @Test
    void aLineCreditsByWhereItStandsAsWellAsByItsText() {
        WireFinder wires = new WireFinder();
        assertEquals(List.of("Reuters"), wires.find(DATELINE_LEAD, List.of()));
        // The same long line among the credits, with no credit phrase: a mention in passing.
        assertEquals(List.of(), wires.find("Unrelated lead.", List.of(DATELINE_LEAD)));
        assertEquals(List.of("Reuters"), wires.find(DATELINE_LEAD, List.of()));
    }

    @Test
    void creditsOfLeadAndLinesComeInTheAgenciesOrder() {
        WireFinder wires = new WireFinder();
        List<String> credits = List.of("Xinhua", "Reporting by Ana Ruiz for The Associated Press in Lima and Cusco, "
                + "with more from our own desk in the capital this week");
        assertEquals(List.of("Associated Press", "Reuters", "Xinhua"), wires.find(DATELINE_LEAD, credits));
        // Asked again, as for a wire copy of the same text, and with the lines in another order.
        assertEquals(List.of("Associated Press", "Reuters", "Xinhua"),
                wires.find(DATELINE_LEAD, List.of(credits.get(1), credits.get(0))));
    }

    @Test
    void aLongLineWithoutACreditPhraseCreditsNoOne() {
        WireFinder wires = new WireFinder();
        String mention = "The minister told AFP on Tuesday that the talks with the unions would go on for as long as "
                + "it takes to reach an agreement on the rules.";
        assertEquals(List.of(), wires.find(null, List.of(mention)));
        assertEquals(List.of("AFP"), wires.find(null, List.of("AFP")));
    }
}

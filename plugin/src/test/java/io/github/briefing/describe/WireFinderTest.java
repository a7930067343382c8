package io.github.briefing.describe;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

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

    /** Read once for all spellings: the same answer as looking for each spelling in turn, where and however cut. */
    @Test
    void aLineSpellsAnAgencyWhereItHoldsAnySpelling() {
        Random random = new Random(3);
        String letters = "APERTDXKYBUIaeprt -()\u0422\u0410\u0421\u0420\u0418";
        for (int t = 0; t < 20000; t++) {
            StringBuilder line = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                String spelling = WireFinder.SPELLINGS.get(random.nextInt(WireFinder.SPELLINGS.size()));
                // Whole, or cut at either end, between random letters.
                int from = random.nextInt(3) == 0 ? 1 : 0;
                int to = random.nextInt(3) == 0 ? spelling.length() - 1 : spelling.length();
                line.append(spelling, Math.min(from, to), to);
                for (int k = random.nextInt(3); k > 0; k--) {
                    line.append(letters.charAt(random.nextInt(letters.length())));
                }
            }
            String text = line.toString();
            boolean any = WireFinder.SPELLINGS.stream().anyMatch(text::contains);
            assertEquals(any, WireFinder.spellsAnAgency(text), text);
        }
    }
}

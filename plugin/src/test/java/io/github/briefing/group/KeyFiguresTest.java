package io.github.briefing.group;

import io.github.briefing.analyse.LeadFigure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyFiguresTest {

    private static final LocalDate DAY = LocalDate.of(2021, 5, 3);

    private static Figure figure(String value, LocalDate date) {
        return new Figure(value, false, date, "article-" + value, "", "");
    }

    private static List<String> values(List<Figure> figures) {
        return figures.stream().map(Figure::value).toList();
    }

    @Test
    void aFigureIsACountNotADateATimeOrAPercentage() {
        String[][] leads = {
            {"en", "On July 26, at 19:45, turnout reached 64% as 4,200 voters queued despite COVID-19 rules."},
            {"de", "Am 26. Juli um 19.45 Uhr standen trotz COVID-19 Regeln 4.200 Wähler an."},
            {"ru", "26 июля в 19:45 в очереди стояли 4 200 избирателей."},
            {"es", "El 26 de julio, a las 19:45, esperaban 4.200 votantes."},
            {"ja", "7月26日19時45分、4200人が並んだ。"}};
        for (String[] lead : leads) {
            List<Figure> figures = KeyFigures.of(List.of(
                    io.github.briefing.analyse.Fixtures.article("a", lead[0], DAY, null, lead[1])), LeadFigure::of);
            assertEquals(List.of("4200"), values(figures), lead[0]);
        }
    }

    @Test
    void aFigureIsApproximateOnlyWhenAHedgeComesRightBeforeIt() {
        String longWay = "About the river, the mayor said on Tuesday that the flooded farms and the roads ".repeat(4);
        Object[][] leads = {
            {"en", "Officials counted more than  4,200 people in the shelters.", true},
            {"de", "Die Behörden zählten etwa\t4.200 Menschen.", true},
            {"es", "Las autoridades contaron CASI 4.200 personas.", true},
            {"en", longWay + "left 4,200 people without shelter.", false},
            {"en", "Nearly a week later, 4,200 people remained.", false},
            {"en", "Leftover 4,200 tickets were sold at the door.", false},
            {"ja", "\u7D044200\u4EBA\u304C\u907F\u96E3\u3057\u305F\u3002", true},
            {"zh", "\u5171\u67094200\u4EBA\u64A4\u79BB\u3002", false}};
        for (Object[] lead : leads) {
            List<Figure> figures = KeyFigures.of(List.of(io.github.briefing.analyse.Fixtures.article("a",
                    (String) lead[0], DAY, null, (String) lead[1])), LeadFigure::of);
            assertEquals(List.of("4200"), values(figures), (String) lead[1]);
            assertEquals(lead[2], figures.get(0).approx(), (String) lead[1]);
        }
    }

    @Test
    void theWordsAroundAFigureAreCutBetweenWordsAndSayWhereTheTextGoesOn() {
        String text = "Officials in the northern provinces confirmed on Thursday that 4,200 residents had left "
                + "their homes before the river broke its banks near the old bridge.";
        int start = text.indexOf("4,200");
        String around = KeyFigures.around(text, start, start + "4,200 residents".length());
        assertTrue(around.startsWith("\u2026") && around.endsWith("\u2026"), around);
        String inner = around.substring(1, around.length() - 1);
        assertTrue(text.contains(inner) && inner.contains("4,200 residents"), around);
        int at = text.indexOf(inner);
        assertTrue(Character.isWhitespace(text.charAt(at - 1)), "starts at a word: " + around);
        assertTrue(Character.isWhitespace(text.charAt(at + inner.length())), "ends at a word: " + around);
        assertEquals("Some 4,200 residents left.", KeyFigures.around("Some 4,200 residents left.", 5, 20));
    }

    @Test
    void anUndatedFigureTakesItsPlaceInARunningCount() {
        List<Figure> ordered = KeyFigures.inTimeOrder(List.of(figure("1200", DAY.plusDays(20)), figure("740", null),
                figure("90", DAY)));
        assertEquals(List.of("90", "740", "1200"), values(ordered));
        assertNull(ordered.get(1).date(), "its place is an estimate; it gets no date");
    }

    @Test
    void aFallingCountPlacesItToo() {
        assertEquals(List.of("5000", "3100", "800"), values(KeyFigures.inTimeOrder(
                List.of(figure("800", DAY.plusDays(9)), figure("5000", DAY), figure("3100", null)))));
    }

    @Test
    void whereTheDatedFiguresGoBothWaysAnUndatedOneGoesLast() {
        assertEquals(List.of("40", "700", "55", "300"), values(KeyFigures.inTimeOrder(List.of(figure("300", null),
                figure("40", DAY), figure("700", DAY.plusDays(1)), figure("55", DAY.plusDays(2))))));
    }
}

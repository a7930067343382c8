package io.github.briefing.render;

import io.github.briefing.group.Figure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FigureChartTest {

    @Test
    void readsNumbersWrittenWithEitherThousandsSeparator() {
        assertEquals(1000.0, FigureChart.number("1,000"));
        assertEquals(1000.0, FigureChart.number("1.000"));
        assertEquals(3.5, FigureChart.number("3,5"));
        assertEquals(326.0, FigureChart.number("326"));
        assertNull(FigureChart.number("dozens"));
    }

    @Test
    void groupsThousandsForReaders() {
        assertEquals("16,500", FigureChart.display("16500"));
        assertEquals("1,234,567.25", FigureChart.display("1234567.25"));
        assertEquals("12", FigureChart.display("12"));
        assertEquals("a few", FigureChart.display("a few"));
    }

    @Test
    void chartsRisingFiguresWithEachPointLinkedToItsArticle() {
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        Chart chart = FigureChart.of(List.of(
                new Figure("1,800", false, LocalDate.of(2024, 5, 2), Fixtures.EN, "x", ""),
                new Figure("2,500", true, LocalDate.of(2024, 5, 3), Fixtures.ES, "y", "")), index);
        assertEquals(2, chart.points().size());
        Chart.Point first = chart.points().get(0);
        Chart.Point second = chart.points().get(1);
        assertTrue(Double.parseDouble(second.y()) < Double.parseDouble(first.y()), "the larger value is drawn higher");
        assertTrue(Double.parseDouble(second.x()) > Double.parseDouble(first.x()), "later readings to the right");
        assertEquals(index.articleUrl(Fixtures.ES), second.url());
        assertEquals("~2,500", second.value());
        assertTrue(second.label().startsWith("about 2,500 on 2024-05-03"), second.label());
    }

    @Test
    void drawsNoChartForAFlatOrUnreadableFigure() {
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        assertNull(FigureChart.of(List.of(new Figure("40", false, null, Fixtures.EN, "", ""),
                new Figure("40", false, null, Fixtures.ES, "", "")), index));
        assertNull(FigureChart.of(List.of(new Figure("many", false, null, Fixtures.EN, "", "")), index));
    }

    @Test
    void drawsNoLineThroughReadingsWithoutDates() {
        SiteIndex index = new SiteIndex(Fixtures.briefing());
        assertNull(FigureChart.of(List.of(new Figure("15", false, null, Fixtures.EN, "", ""),
                new Figure("219", false, null, Fixtures.ES, "", "")), index));
        assertNull(FigureChart.of(List.of(new Figure("15", false, LocalDate.of(2024, 5, 2), Fixtures.EN, "", ""),
                new Figure("219", false, null, Fixtures.ES, "", "")), index));
    }

    @Test
    void aTrailLeavesOutRepeatedReadings() {
        assertEquals("326 \u2192 567 \u2192 ~1,000", FigureChart.trail(List.of(
                new Figure("326", false, null, "a", "", ""), new Figure("326", false, null, "b", "", ""),
                new Figure("567", false, null, "c", "", ""), new Figure("1000", true, null, "d", "", ""))));
        assertNull(FigureChart.trail(List.of()));
    }
}

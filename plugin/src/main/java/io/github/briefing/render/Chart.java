package io.github.briefing.render;

import java.util.List;

/**
 * A story's key figures as a small line chart, laid out at build time for inline SVG (a viewBox of
 * {@value #WIDTH} by {@value #HEIGHT}): the polyline through the points, and each point with its article.
 */
public record Chart(String line, List<Point> points) {

    public static final int WIDTH = 320;
    public static final int HEIGHT = 120;
    public static final int PAD = 24;

    /** One reading: where it is drawn, the value as reported, a label for tooltips and screen readers. */
    public record Point(String x, String y, String labelY, String value, String label, String url) {
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public int axisStart() {
        return PAD;
    }

    public int axisY() {
        return HEIGHT - PAD;
    }

    public int axisEnd() {
        return WIDTH - PAD;
    }
}

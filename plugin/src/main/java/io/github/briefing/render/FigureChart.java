package io.github.briefing.render;

import io.github.briefing.group.Figure;
import io.github.briefing.group.Story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lays out a story's key figures as a {@link Chart}: readings in story order, scaled to the highest. */
final class FigureChart {

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([.,\u00a0 ]\\d{3})+");
    private static final Pattern NOT_DIGIT = Pattern.compile("\\D");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\B(?=(\\d{3})+$)");

    private FigureChart() {
    }

    /**
     * The chart, or null unless the figures read as numbers take at least two values (a flat line says nothing) and
     * at least two are dated: a line says how a count moved over time, and undated readings alone have no order.
     */
    static Chart of(List<Figure> figures, SiteIndex index) {
        List<Figure> plotted = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Figure f : figures) {
            Double v = number(f.value());
            if (v != null) {
                plotted.add(f);
                values.add(v);
            }
        }
        if (values.stream().distinct().count() < 2 || plotted.stream().filter(f -> f.date() != null).count() < 2) {
            return null;
        }
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double span = max - min == 0 ? 1 : max - min;
        double step = (Chart.WIDTH - 2.0 * Chart.PAD) / (plotted.size() - 1);
        double height = Chart.HEIGHT - 2.0 * Chart.PAD;
        StringBuilder line = new StringBuilder();
        List<Chart.Point> points = new ArrayList<>();
        for (int i = 0; i < plotted.size(); i++) {
            Figure f = plotted.get(i);
            double x = Chart.PAD + i * step;
            double y = Chart.HEIGHT - Chart.PAD - (values.get(i) - min) / span * height;
            line.append(i == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
            ArticleRef article = index.ref(f.article());
            String value = (f.approx() ? "~" : "") + display(f.value());
            String label = (f.approx() ? "about " : "") + display(f.value()) + (f.date() == null ? "" : " on " + f.date())
                    + (article == null ? "" : ", " + article.title());
            points.add(new Chart.Point(fmt(x), fmt(y), fmt(y - 9), value, label, article == null ? null : article.url()));
        }
        return new Chart(line.toString(), points);
    }

    /** "1,000", "1.000", "326", "3.5" or "1000000" as a number; null for anything else. */
    static Double number(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.strip();
        if (GROUPED.matcher(digits).matches()) {
            digits = NOT_DIGIT.matcher(digits).replaceAll("");
        }
        try {
            return Double.parseDouble(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A number as readers write it, with thousands grouped (1,000); anything else as it is. */
    static String display(String value) {
        if (value == null || !DECIMAL.matcher(value).matches()) {
            return value;
        }
        String[] parts = value.split("\\.", 2);
        String grouped = THOUSANDS.matcher(parts[0]).replaceAll(",");
        return parts.length == 2 ? grouped + "." + parts[1] : grouped;
    }

    /** The readings as a story's table lists them, each with its article. */
    static List<FigureReading> readings(Story story, SiteIndex index) {
        return story.figures().stream().map(f -> new FigureReading(f.date() == null ? null : f.date().toString(),
                (f.approx() ? "about " : "") + display(f.value()), f.context(), index.ref(f.article()),
                related(story, index.storyOf.get(f.article()), index))).toList();
    }

    private static FigureReading.StoryLink related(Story story, Story reported, SiteIndex index) {
        return reported == null || reported == story ? null
                : new FigureReading.StoryLink(reported.title(), index.storyUrl(reported));
    }

    /** The readings of a key figure in order, repeats of the previous one left out: "326 → 567 → ~1,000". */
    static String trail(List<Figure> figures) {
        List<String> shown = new ArrayList<>();
        for (Figure f : figures) {
            String v = (f.approx() ? "~" : "") + display(f.value());
            if (shown.isEmpty() || !shown.get(shown.size() - 1).equals(v)) {
                shown.add(v);
            }
        }
        return shown.isEmpty() ? null : String.join(" \u2192 ", shown);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}

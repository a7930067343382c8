package io.github.briefing.clean;

import java.util.Locale;

/**
 * The form of a line used to recognise it again: case, quote style, dashes and spacing differ between two scrapes
 * of one text (a body scraped twice with straight and curly apostrophes is still one body).
 */
final class LineKey {

    private LineKey() {
    }

    static String of(String line) {
        return line.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Pi}\\p{Pf}\"'`\u00B4\u2018\u2019\u201C\u201D]", "")
                .replaceAll("[\\p{Pd}]", "-")
                .replaceAll("\\s+", " ")
                .strip();
    }
}

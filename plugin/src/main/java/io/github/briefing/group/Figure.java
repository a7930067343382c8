package io.github.briefing.group;

import java.time.LocalDate;

/**
 * One reading of a story's key figure: the value an article reported, when, and how it was worded.
 *
 * @param approx true when the article hedges it ("about 1,000", "more than 500")
 * @param counts what it counts, as worded after the number ("Venezuelan soldiers defected to")
 */
public record Figure(String value, boolean approx, LocalDate date, String article, String context, String counts) {
}

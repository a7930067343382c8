package io.github.briefing.render;

/** A run of text on a side-by-side page; {@code anchor} is "name", "place", "number" or null for plain text. */
public record Span(String text, String anchor) {
}

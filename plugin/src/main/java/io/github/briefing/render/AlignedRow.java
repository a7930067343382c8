package io.github.briefing.render;

import java.util.List;

/** Paragraphs of two articles that say the same thing; one side is empty where the other has no counterpart. */
public record AlignedRow(List<List<Span>> left, List<List<Span>> right) {
}

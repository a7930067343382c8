package io.github.briefing.render;

/**
 * A group of articles that carry one text (a wire story run by several outlets) as a link shows it: its page, where
 * the text is read once and each copy's differences are marked, and how many articles carry it.
 */
public record CopiesRef(String url, int articles) {
}

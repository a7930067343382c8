package io.github.briefing.render;

/**
 * A run of text on a same-text page: {@code only} is "a" or "b" for words only that copy carries, null for words
 * both carry.
 */
public record TextRun(String text, String only) {
}

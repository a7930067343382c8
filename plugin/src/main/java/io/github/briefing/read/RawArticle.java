package io.github.briefing.read;

import java.nio.file.Path;

/**
 * One article as read: its id (see DESIGN.md), where it came from, its decoded text (NFC, paragraphs
 * separated by blank lines) and the facts the user gave.
 *
 * @param line the line of a JSON-lines record, or 0 when the article is the whole file
 */
public record RawArticle(String id, Path file, int line, String text, GivenFacts given) {
}

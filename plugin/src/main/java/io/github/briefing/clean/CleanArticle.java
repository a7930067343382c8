package io.github.briefing.clean;

import io.github.briefing.read.RawArticle;

import java.util.List;

/**
 * An article with its boilerplate removed.
 *
 * @param headline   the line the page showed as headline, or null when the text has none
 * @param paragraphs the body a reader reads, each paragraph once
 * @param captions   photo captions, kept apart from the body
 * @param removed    lines taken out of the body (navigation, promos, footers, credits, date lines): the describe
 *                   stage still reads facts from them, and the build report can show them
 */
public record CleanArticle(RawArticle raw, String headline, List<String> paragraphs, List<String> captions,
                           List<String> removed) {

    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}

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
 * @param masthead   the removed lines from the headline down to the body and just after it, where a page states
 *                   its own date, byline and credits (dates elsewhere on the page belong to other articles)
 */
public record CleanArticle(RawArticle raw, String headline, List<String> paragraphs, List<String> captions,
                           List<String> removed, List<String> masthead) {

    public CleanArticle {
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
        removed = List.copyOf(removed);
        masthead = List.copyOf(masthead);
    }

    /** An article whose page has no masthead known apart from its removed lines. */
    public CleanArticle(RawArticle raw, String headline, List<String> paragraphs, List<String> captions,
                        List<String> removed) {
        this(raw, headline, paragraphs, captions, removed, removed);
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }
}

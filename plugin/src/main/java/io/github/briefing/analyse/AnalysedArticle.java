package io.github.briefing.analyse;

import io.github.briefing.describe.Article;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article with its anchors, and what the match stage reads beside them.
 *
 * @param order     the article's names, places and numbers as anchor features ({@code n:}, {@code p:},
 *                  {@code #:}) in reading order: a translation keeps it, an article on the same topic does not
 * @param skeletons consonant skeletons of its names ({@link NameKey#skeleton}), for names across syllabaries
 * @param terms     its words cut to a stem-like prefix, with how often each occurs: what two articles in one
 *                  language share, and a word repeated is what the article is about
 * @param lead      the terms and anchor features ({@code n:}, {@code p:}, {@code #:}) of its headline and first
 *                  words, with how often each occurs there: what the story is, before background and boilerplate
 * @param sentences the letters of each sentence of its title and body, in order: a translation's run alike
 * @param spelling  its headline and first paragraph in Latin letters
 * @param figure    the count it leads with, or null: read once here, as the match and group stages both follow it
 */
public record AnalysedArticle(Article article, Anchors anchors, List<String> order, Set<String> skeletons,
                              Map<String, Integer> terms, Map<String, Integer> lead, List<Integer> sentences,
                              Spelling spelling, LeadFigure figure) {

    public AnalysedArticle {
        order = SharedList.of(order);
        skeletons = SortedStrings.of(skeletons);
        terms = SortedCounts.of(terms);
        lead = SortedCounts.of(lead);
        sentences = List.copyOf(sentences);
        spelling = spelling == null ? Spelling.NONE : spelling;
    }

    /** An article known by its anchors only. */
    public AnalysedArticle(Article article, Anchors anchors) {
        this(article, anchors, List.of(), Set.of(), Map.of(), Map.of(), List.of(), Spelling.NONE, null);
    }

    public String id() {
        return article.id();
    }

    /** The figure of the article's own headline, or null (none, or no headline but one made from the lead). */
    public LeadFigure headlineFigure() {
        return figure != null && figure.inHeadline() ? figure : null;
    }
}

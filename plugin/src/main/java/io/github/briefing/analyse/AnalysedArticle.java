package io.github.briefing.analyse;

import io.github.briefing.describe.Article;

/** An article with its anchors. */
public record AnalysedArticle(Article article, Anchors anchors) {

    public String id() {
        return article.id();
    }
}

package io.github.briefing.render;

import java.util.List;

/** A match as pages show it, from one side. */
public record MatchView(ArticleRef a, ArticleRef b, String score, String relation, boolean crossLingual,
                        List<String> names, List<String> places, List<String> numbers, List<String> dates) {

    /** Which of the two is not {@code id}. */
    public ArticleRef other(String id) {
        return a.id().equals(id) ? b : a;
    }

    public String languagePair() {
        return a.lang() + " \u2194 " + b.lang();
    }
}

package io.github.briefing.render;

import java.util.List;

/**
 * A match as pages show it. Names are spelled as an article spelled them, places are country names.
 *
 * @param compareUrl the side-by-side page of a translation pair; null for other relations
 * @param sameText   the pair is an article and its copy in the same language: its compare page shows the text once
 */
public record MatchView(ArticleRef a, ArticleRef b, String score, String relation, boolean crossLingual,
                        List<String> names, List<String> places, List<String> numbers, List<String> dates,
                        String compareUrl, boolean sameText) {

    /** Which of the two is not {@code id}. */
    public ArticleRef other(String id) {
        return a.id().equals(id) ? b : a;
    }
}

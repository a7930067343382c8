package io.github.briefing.render;

import java.util.List;

/**
 * A match as pages show it. Names are spelled as an article spelled them, places are country names.
 *
 * @param compareUrl the side-by-side page of a translation pair; null for other relations
 */
public record MatchView(ArticleRef a, ArticleRef b, String score, String relation, boolean crossLingual,
                        List<String> names, List<String> places, List<String> numbers, List<String> dates,
                        String compareUrl) {

    /** Which of the two is not {@code id}. */
    public ArticleRef other(String id) {
        return a.id().equals(id) ? b : a;
    }
}

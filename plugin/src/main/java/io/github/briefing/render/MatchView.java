package io.github.briefing.render;

import java.util.List;

/**
 * A match as pages show it. Names are spelled as an article spelled them, places are country names. A list shows a
 * match once for all copies of its articles' texts ({@link CopyGroups#collapse}).
 *
 * @param compareUrl the side-by-side page of a translation pair; null for other relations
 * @param aCopies    the articles that carry the text of {@code a}, when others do; else null
 * @param bCopies    the same for {@code b}
 */
public record MatchView(ArticleRef a, ArticleRef b, String score, String relation, boolean crossLingual,
                        List<String> names, List<String> places, List<String> numbers, List<String> dates,
                        String compareUrl, CopiesRef aCopies, CopiesRef bCopies) {

    /** Which of the two is not {@code id}. */
    public ArticleRef other(String id) {
        return a.id().equals(id) ? b : a;
    }

    /** The copies of the text of the one that is not {@code id}; null when it has none. */
    public CopiesRef otherCopies(String id) {
        return a.id().equals(id) ? bCopies : aCopies;
    }
}

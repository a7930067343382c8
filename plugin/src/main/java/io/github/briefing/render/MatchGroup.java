package io.github.briefing.render;

import java.util.List;

/**
 * Some of the cross-lingual matches of one language pair, strongest first, as one page lists them: the overview the
 * strongest few of each pair, a page of the pair's own list a stretch of it ({@link ListPages}).
 *
 * @param pair  the two languages ("en ↔ id")
 * @param url   the first page of the pair's own list
 * @param shown the matches listed here, strongest first
 * @param first the rank of the first of them among the pair's matches, from 1
 * @param total how many matches the pair has
 */
public record MatchGroup(String pair, String url, List<MatchView> shown, int first, int total) {

    /** Whether the pair has matches this list leaves out. */
    public boolean more() {
        return shown.size() < total;
    }

    /** The rank of the last match listed here. */
    public int last() {
        return first + shown.size() - 1;
    }
}

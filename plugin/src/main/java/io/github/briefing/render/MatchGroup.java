package io.github.briefing.render;

import java.util.List;

/**
 * The cross-lingual matches of one language pair, strongest first: the overview shows the strongest few, the
 * pair's own page all of them.
 */
public record MatchGroup(String pair, String url, List<MatchView> all, int shown) {

    public List<MatchView> strongest() {
        return all.subList(0, Math.min(shown, all.size()));
    }

    public boolean more() {
        return all.size() > shown;
    }
}

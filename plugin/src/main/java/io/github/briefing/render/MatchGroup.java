package io.github.briefing.render;

import java.util.List;

/**
 * The cross-lingual matches of one language pair, strongest first: the overview shows the strongest few, the
 * pair's own page the strongest {@value #PAIR_PAGE_MAX}.
 */
public record MatchGroup(String pair, String url, List<MatchView> all, int shown) {

    static final int PAIR_PAGE_MAX = 2000;

    public List<MatchView> strongest() {
        return all.subList(0, Math.min(shown, all.size()));
    }

    /**
     * What the language pair's own page lists: the strongest matches up to a page a reader can use (and a browser
     * can hold); every match, with its evidence, is in briefing.json.
     */
    public List<MatchView> listed() {
        return all.subList(0, Math.min(PAIR_PAGE_MAX, all.size()));
    }

    public boolean more() {
        return all.size() > shown;
    }
}

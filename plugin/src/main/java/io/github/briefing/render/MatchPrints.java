package io.github.briefing.render;

import io.github.briefing.cache.Fingerprint;
import io.github.briefing.match.Match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A match as its view shows it ({@link SiteRenderer#matchView}), as one print computed from what the view is built
 * from, without building it: its two articles' links, its score as shown, its relation, the evidence the view lists
 * (names as the articles spelled and joined them), its compare page and the copies of either text. Pages that
 * list matches are known by these prints, so that an unchanged page costs no match view. Safe to use from several
 * threads.
 */
final class MatchPrints {

    private final SiteIndex index;
    private final SearchIndex search;
    /**
     * Every match's print, by its place ({@link SiteIndex#place}), computed at once on all cores: every match is
     * listed on its two articles' pages, so all are needed.
     */
    private final String[] computed;

    /**
     * Prints that are never read: without a page cache no page is known by its inputs (SiteWriter asks for a page's
     * print only to compare it with the last build's), and printing every match would be work for nothing. Each
     * print is empty.
     */
    static MatchPrints unread() {
        return new MatchPrints();
    }

    private MatchPrints() {
        this.index = null;
        this.search = null;
        this.computed = null;
    }

    MatchPrints(SiteIndex index, SearchIndex search, ModelFingerprint prints) {
        this.index = index;
        this.search = search;
        // Each article is in many matches: what a match shows of it (its link, the copies of its text) is printed
        // once and looked up by id, not digested through the shared memo of records (a concurrent map by identity)
        // and looked up part by part twice per match.
        Map<String, String> sides = new HashMap<>(2 * index.refs.size());
        index.refs.forEach((id, ref) -> {
            CopiesRef copies = index.copiesOf(id);
            sides.put(id, new Fingerprint().add(prints.digest(ref)).add(copies == null ? "" : copies.url())
                    .add(copies == null ? "" : Integer.toString(copies.articles())).hex());
        });
        List<Match> matches = index.briefing.matches();
        computed = IntStream.range(0, matches.size()).parallel().mapToObj(i -> print(matches.get(i), sides))
                .toArray(String[]::new);
    }

    /** The print of the view of {@code m}, one of the briefing's matches: equal prints, equal views; empty if unread. */
    String of(Match m) {
        return index == null ? "" : computed[index.place(m)]; // no index: unread()
    }

    /** The prints of the matches' views, in order. */
    List<String> of(List<Match> matches) {
        return matches.stream().map(this::of).toList();
    }

    private String print(Match m, Map<String, String> sides) {
        // Each part goes into the print as it is (a part's length goes first): no text is assembled to be hashed.
        Fingerprint print = new Fingerprint()
                .add(sides.get(m.a()))
                .add(sides.get(m.b()))
                .add(SiteRenderer.shownScore(m))
                .add(m.relation().label())
                .add(Boolean.toString(m.crossLingual()));
        shown(print, search.names(m.evidence().names()), Function.identity());
        shown(print, m.evidence().places(), Function.identity()); // a country's name is a function of its code
        shown(print, m.evidence().numbers(), Function.identity());
        shown(print, m.evidence().dates(), Function.identity()); // shown as a function of the date alone
        print.add(String.valueOf(index.compareUrl(m)));
        return print.hex();
    }

    /** What the view lists of a kind of evidence: how many, and the first few as shown. */
    private static void shown(Fingerprint print, List<String> evidence, Function<String, String> shown) {
        print.add(Integer.toString(evidence.size()));
        for (int i = 0; i < Math.min(evidence.size(), SiteRenderer.EVIDENCE_SHOWN); i++) {
            print.add(shown.apply(evidence.get(i)));
        }
    }
}

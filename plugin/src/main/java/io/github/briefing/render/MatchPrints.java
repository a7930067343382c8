package io.github.briefing.render;

import io.github.briefing.cache.Fingerprint;
import io.github.briefing.match.Match;
import io.github.briefing.memory.LastBuild;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A match as its view shows it ({@link SiteRenderer#matchView}), as one print computed from what the view is built
 * from, without building it: its two articles' links, its score as shown, its relation, the evidence the view lists
 * (names as the articles spelled and joined them), its compare page and the copies of either text. Pages that
 * list matches are known by these prints, so that an unchanged page costs no match view. Safe to use from several
 * threads.
 *
 * <p>A build in series takes a match's print from the last build of this process ({@link Last}) when the match is
 * equal to the one at its place there and nothing else its print is made of changed: both articles' parts, the
 * names joined (the same memo of joins), its compare page. An edit changes a few articles' matches, and printing all
 * 135,000 at 10,000 articles was a quarter of a rebuild's render.
 */
final class MatchPrints {

    /** About what a kept print holds of the heap besides its match ({@link ExportedMatches#MATCH_BYTES}). */
    private static final int PRINT_BYTES = 96;
    /** The share of the heap the kept matches and prints may take. */
    private static final int HEAP_SHARE = 16;

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

    /** The prints of the last build of this process that kept them, held softly. */
    static final class Last {

        static final Last PROCESS = new Last();
        private final LastBuild<Kept> kept = new LastBuild<>(HEAP_SHARE);
    }

    /**
     * A build's prints with what they were computed from besides the matches: each article's part, the memo the
     * names were joined with, each match's compare page; {@code runs} gives the place of the first match of each
     * article's run (the matches that follow one another with the same first article).
     */
    private record Kept(Match[] matches, String[] prints, String[] compareUrls, Map<String, Integer> runs,
                        Map<String, String> sides, Map<List<String>, List<String>> joinedNames) {
    }

    /** Prints every match. */
    MatchPrints(SiteIndex index, SearchIndex search, ModelFingerprint prints) {
        this(index, search, prints, null);
    }

    /**
     * Prints every match, taking the prints of {@code last}'s build where they are sure to be equal; null takes
     * and keeps none.
     */
    MatchPrints(SiteIndex index, SearchIndex search, ModelFingerprint prints, Last last) {
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
        Kept before = last == null ? null : last.kept.get();
        Map<String, Integer> runs = new HashMap<>();
        // (names joined with another memo may be joined otherwise: no print is taken)
        int[] from = runs(matches, runs, before != null && before.joinedNames() == search.joinedNames() ? before
                : null);
        Set<String> changed = new HashSet<>();
        if (before != null) {
            sides.forEach((id, side) -> {
                if (!side.equals(before.sides().get(id))) {
                    changed.add(id);
                }
            });
        }
        String[] compareUrls = new String[matches.size()];
        computed = IntStream.range(0, matches.size()).parallel().mapToObj(i -> {
            Match m = matches.get(i);
            compareUrls[i] = index.compareUrl(m);
            int at = from[i];
            boolean same = at >= 0 && before.matches()[at].equals(m) && !changed.contains(m.a())
                    && !changed.contains(m.b()) && Objects.equals(before.compareUrls()[at], compareUrls[i]);
            return same ? before.prints()[at] : print(m, sides, compareUrls[i]);
        }).toArray(String[]::new);
        if (last != null) {
            last.kept.keep(new Kept(matches.toArray(Match[]::new), computed, compareUrls, runs, sides,
                    search.joinedNames()), (long) matches.size() * (ExportedMatches.MATCH_BYTES + PRINT_BYTES));
        }
    }

    /**
     * Notes in {@code runs} where each article's run of matches starts, and gives each match the place of the match
     * at its place in the same article's run of {@code before}'s build, or -1 when there is none (or no build).
     */
    private static int[] runs(List<Match> matches, Map<String, Integer> runs, Kept before) {
        int[] from = new int[matches.size()];
        for (int start = 0, end; start < matches.size(); start = end) {
            String first = matches.get(start).a();
            end = MatchRuns.end(matches, start);
            runs.putIfAbsent(first, start);
            Integer was = before == null ? null : before.runs().get(first);
            for (int i = start; i < end; i++) {
                from[i] = was == null || was + i - start >= before.matches().length ? -1 : was + i - start;
            }
        }
        return from;
    }

    /** The print of the view of {@code m}, one of the briefing's matches: equal prints, equal views; empty if unread. */
    String of(Match m) {
        return index == null ? "" : computed[index.place(m)]; // no index: unread()
    }

    /** The prints of the matches' views, in order. */
    List<String> of(List<Match> matches) {
        return matches.stream().map(this::of).toList();
    }

    private String print(Match m, Map<String, String> sides, String compareUrl) {
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
        print.add(String.valueOf(compareUrl));
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

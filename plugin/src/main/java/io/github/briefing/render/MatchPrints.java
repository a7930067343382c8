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
    /** About what an article's count of matches holds of the heap. */
    private static final int COUNT_BYTES = 64;
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
     * Stand for the build whose prints these were compared with (the last one) and for this build's as kept for
     * the next; null when there is none. Only tokens: the last build's matches are let go of once compared.
     */
    private final Object since;
    private final Object kept;
    /** How many matches each article had in the build {@link #since}. */
    private final Map<String, Integer> countsSince;
    /** The articles that one of their matches, or what a match shows of them, sets apart from the last build's. */
    private final Set<String> moved;

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
        this.since = null;
        this.kept = null;
        this.countsSince = Map.of();
        this.moved = Set.of();
    }

    /** The prints of the last build of this process that kept them, held softly. */
    static final class Last {

        static final Last PROCESS = new Last();
        private final LastBuild<Kept> kept = new LastBuild<>(HEAP_SHARE);
    }

    /**
     * A build's prints with what they were computed from besides the matches: each article's part, the memo the
     * names were joined with, each match's compare page; {@code runs} gives the place of the first match of each
     * article's run (the matches that follow one another with the same first article), {@code counts} how many
     * matches each article has; {@code build} stands for the build.
     */
    private record Kept(Match[] matches, String[] prints, String[] compareUrls, Map<String, Integer> runs,
                        Map<String, String> sides, Map<List<String>, List<String>> joinedNames,
                        Map<String, Integer> counts, Object build) {
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
        // (a group is also known by the article it reads first, which lists of matches collapse its copies under)
        index.refs.forEach((id, ref) -> {
            CopyGroups.Group group = index.copies.of(id);
            sides.put(id, new Fingerprint().add(prints.digest(ref)).add(group == null ? "" : group.ref().url())
                    .add(group == null ? "" : Integer.toString(group.ref().articles()))
                    .add(group == null ? "" : group.articles().get(0)).hex());
        });
        List<Match> matches = index.briefing.matches();
        Kept before = last == null ? null : last.kept.get();
        Map<String, Integer> runs = new HashMap<>();
        // (names joined with another memo may be joined otherwise: no print is taken)
        int[] from = runs(matches, runs, before != null && before.joinedNames() == search.joinedNames() ? before
                : null);
        // An article whose part changed, and both articles of a match whose print is not taken, are set apart.
        Set<String> moved = new HashSet<>();
        if (before != null) {
            sides.forEach((id, side) -> {
                if (!side.equals(before.sides().get(id))) {
                    moved.add(id);
                }
            });
        }
        String[] compareUrls = new String[matches.size()];
        boolean[] taken = new boolean[matches.size()];
        computed = IntStream.range(0, matches.size()).parallel().mapToObj(i -> {
            Match m = matches.get(i);
            compareUrls[i] = index.compareUrl(m);
            int at = from[i];
            taken[i] = at >= 0 && before.matches()[at].equals(m) && !moved.contains(m.a())
                    && !moved.contains(m.b()) && Objects.equals(before.compareUrls()[at], compareUrls[i]);
            return taken[i] ? before.prints()[at] : print(m, sides, compareUrls[i]);
        }).toArray(String[]::new);
        for (int i = 0; i < taken.length; i++) {
            if (!taken[i]) {
                moved.add(matches.get(i).a());
                moved.add(matches.get(i).b());
            }
        }
        this.moved = moved;
        Map<String, Integer> counts = new HashMap<>(2 * index.matchesOf.size());
        index.matchesOf.forEach((id, of) -> counts.put(id, of.size()));
        since = before == null ? null : before.build();
        countsSince = before == null ? Map.of() : before.counts();
        long bytes = (long) matches.size() * (ExportedMatches.MATCH_BYTES + PRINT_BYTES) + COUNT_BYTES * counts.size();
        kept = last == null || !last.kept.fits(bytes) ? null : new Object();
        if (last != null) {
            last.kept.keep(kept == null ? null : new Kept(matches.toArray(Match[]::new), computed, compareUrls, runs,
                    sides, search.joinedNames(), counts, kept), bytes);
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

    /**
     * Whether the article's matches are the last build's ({@link #since}), each equal to one there and as many, each
     * with its print there, and none shows another group of copies than there: its matches as a page lists them
     * (ordered, copies collapsed) are then the last build's, with the same prints. False without a last build.
     */
    boolean unchanged(String id) {
        return since != null && !moved.contains(id)
                && index.matchesOf(id).size() == countsSince.getOrDefault(id, 0);
    }

    /**
     * Stands for the last build's prints these were compared with ({@link #unchanged} says what is as there); null
     * when there were none.
     */
    Object since() {
        return since;
    }

    /** Stands for this build's prints as kept for the next build; null when they are not kept. */
    Object kept() {
        return kept;
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

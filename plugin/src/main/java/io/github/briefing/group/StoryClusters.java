package io.github.briefing.group;

import io.github.briefing.match.Match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles tell one story. Translations and wire copies are one telling and always join; other same-story
 * matches join two groups only while the groups stay cohesive: at least {@link #COHESION} of the pairs of
 * tellings between them must be matched (average linkage, strongest matches first). Joining on every match
 * instead chains likeness (A like B, B like C, ...): on the dev corpora that made stories of 191 and 378 articles
 * on unrelated events.
 */
final class StoryClusters {

    /** Share of the pairs of tellings between two groups that must be same-story matches for them to join. */
    static final double COHESION = 0.5;

    private final int[] parent;
    /** Tellings per group, at the group's root. */
    private final int[] size;
    /** For each group's root: the other groups it has matches with, and how many. */
    private final List<Map<Integer, Integer>> links;

    private StoryClusters(int tellings) {
        parent = new int[tellings];
        size = new int[tellings];
        links = new ArrayList<>(tellings);
        for (int t = 0; t < tellings; t++) {
            parent[t] = t;
            size[t] = 1;
            links.add(new HashMap<>());
        }
    }

    /**
     * @param ids     every article, in the order the groups are returned in (by their first article)
     * @param copies  translations and wire copies: each pair is one telling
     * @param matches other same-story matches
     */
    static List<List<String>> of(Collection<String> ids, List<Match> copies, List<Match> matches) {
        UnionFind<String> tellings = new UnionFind<>(ids);
        copies.forEach(m -> tellings.join(m.a(), m.b()));
        List<List<String>> families = tellings.groups();
        int n = families.size();
        Map<String, Integer> telling = new HashMap<>();
        for (int t = 0; t < n; t++) {
            for (String id : families.get(t)) {
                telling.put(id, t);
            }
        }
        Map<Long, Match> strongest = new LinkedHashMap<>();
        for (Match m : matches) {
            int a = telling.get(m.a());
            int b = telling.get(m.b());
            if (a != b) {
                strongest.merge(Math.min(a, b) * (long) n + Math.max(a, b), m,
                        (x, y) -> x.score() >= y.score() ? x : y);
            }
        }
        StoryClusters clusters = new StoryClusters(n);
        strongest.keySet().forEach(pair -> clusters.link((int) (pair / n), (int) (pair % n)));
        strongest.entrySet().stream()
                .sorted(Map.Entry.<Long, Match>comparingByValue(Comparator.comparingDouble(Match::score).reversed())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> clusters.joinIfCohesive((int) (e.getKey() / n), (int) (e.getKey() % n)));
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.computeIfAbsent(clusters.root(telling.get(id)), r -> new ArrayList<>()).add(id));
        return new ArrayList<>(groups.values());
    }

    private void link(int a, int b) {
        links.get(a).merge(b, 1, Integer::sum);
        links.get(b).merge(a, 1, Integer::sum);
    }

    private int root(int t) {
        while (parent[t] != t) {
            parent[t] = parent[parent[t]];
            t = parent[t];
        }
        return t;
    }

    private void joinIfCohesive(int a, int b) {
        int x = root(a);
        int y = root(b);
        if (x == y || links.get(x).getOrDefault(y, 0) < COHESION * size[x] * size[y]) {
            return;
        }
        int keep = links.get(x).size() >= links.get(y).size() ? x : y;
        int gone = keep == x ? y : x;
        parent[gone] = keep;
        size[keep] += size[gone];
        links.get(keep).remove(gone);
        links.get(gone).forEach((other, count) -> {
            if (other != keep) {
                links.get(keep).merge(other, count, Integer::sum);
                links.get(other).remove(gone);
                links.get(other).merge(keep, count, Integer::sum);
            }
        });
        links.set(gone, Map.of());
    }
}

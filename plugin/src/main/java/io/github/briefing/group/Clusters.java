package io.github.briefing.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups without chaining: articles into stories, stories into events. Items bonded (a translation and its
 * original, a wire story and its copies) are one unit and always join; other links join two groups only while the
 * groups stay cohesive: at least {@link #COHESION} of the pairs of units between them must be linked (average
 * linkage, strongest links first). Joining on every link instead chains likeness (A like B, B like C, ...): on
 * the dev corpora that made stories of 191 and 378 articles on unrelated events.
 */
final class Clusters {

    /** Share of the pairs of units between two groups that must be linked for the groups to join. */
    static final double COHESION = 0.5;

    /** Two items alike, how strongly. */
    record Link(String a, String b, double score) {
    }

    private final int[] parent;
    /** Units per group, at the group's root. */
    private final int[] size;
    /** For each group's root: the other groups it has matches with, and how many. */
    private final List<Map<Integer, Integer>> links;

    private Clusters(int units) {
        parent = new int[units];
        size = new int[units];
        links = new ArrayList<>(units);
        for (int t = 0; t < units; t++) {
            parent[t] = t;
            size[t] = 1;
            links.add(new HashMap<>());
        }
    }

    /**
     * @param ids   every item, in the order the groups are returned in (by their first item)
     * @param bonds pairs that are one unit
     * @param links other pairs alike
     */
    static List<List<String>> of(Collection<String> ids, List<Link> bonds, List<Link> links) {
        UnionFind<String> bonded = new UnionFind<>(ids);
        bonds.forEach(b -> bonded.join(b.a(), b.b()));
        List<List<String>> units = bonded.groups();
        int n = units.size();
        Map<String, Integer> unit = new HashMap<>();
        for (int u = 0; u < n; u++) {
            for (String id : units.get(u)) {
                unit.put(id, u);
            }
        }
        Map<Long, Double> strongest = new LinkedHashMap<>();
        for (Link link : links) {
            int a = unit.get(link.a());
            int b = unit.get(link.b());
            if (a != b) {
                strongest.merge(Math.min(a, b) * (long) n + Math.max(a, b), link.score(), Math::max);
            }
        }
        Clusters clusters = new Clusters(n);
        strongest.keySet().forEach(pair -> clusters.link((int) (pair / n), (int) (pair % n)));
        strongest.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> clusters.joinIfCohesive((int) (e.getKey() / n), (int) (e.getKey() % n)));
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.computeIfAbsent(clusters.root(unit.get(id)), r -> new ArrayList<>()).add(id));
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

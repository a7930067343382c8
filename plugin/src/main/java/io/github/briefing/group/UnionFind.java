package io.github.briefing.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Disjoint sets of items, for joining matched articles into stories in near-linear time. */
final class UnionFind<T> {

    private final Map<T, T> parent = new LinkedHashMap<>();

    UnionFind(Collection<T> items) {
        items.forEach(item -> parent.put(item, item));
    }

    T root(T item) {
        T p = parent.get(item);
        while (!p.equals(parent.get(p))) {
            T grand = parent.get(parent.get(p));
            parent.put(p, grand);
            p = grand;
        }
        parent.put(item, p);
        return p;
    }

    void join(T a, T b) {
        T ra = root(a);
        T rb = root(b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }

    /** The sets, in the order their first items were given. */
    List<List<T>> groups() {
        Map<T, List<T>> groups = new LinkedHashMap<>();
        new ArrayList<>(parent.keySet()).forEach(item -> groups.computeIfAbsent(root(item), r -> new ArrayList<>()).add(item));
        return new ArrayList<>(groups.values());
    }
}

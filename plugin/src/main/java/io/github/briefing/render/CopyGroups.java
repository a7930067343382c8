package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Articles that carry one text, grouped: a wire story run by k outlets is k articles, each copy matched with the
 * texts its story shares with others (k matches for each such text). Pages show such a group once (one page with
 * each copy's differences, one entry in a list), so that they grow with the texts, not with their copies.
 * A group is joined by same-language translation pairs whose texts are the same ({@link CopyDiff#sameText}); a pair
 * is read only when it would join two groups, so grouping k copies reads about k pairs, not all of them.
 */
final class CopyGroups {

    /** A group: its link and its articles, the earliest first (the one its page reads the text from). */
    record Group(CopiesRef ref, List<String> articles) {
    }

    private final Map<String, Group> groupOf = new HashMap<>();

    /**
     * @param slugs each article's page name, which its group's page is named after
     */
    CopyGroups(Map<String, Article> articles, List<Match> matches, Map<String, String> slugs) {
        Map<String, String> parent = new HashMap<>();
        Set<List<String>> differ = new HashSet<>();
        Function<String, String> root = id -> find(parent, id);
        for (Match m : matches) {
            Article a = articles.get(m.a());
            Article b = articles.get(m.b());
            if (m.relation() != Relation.TRANSLATION || a == null || b == null || !Objects.equals(a.lang(), b.lang())) {
                continue;
            }
            String ra = root.apply(m.a());
            String rb = root.apply(m.b());
            // Two groups found to be different texts once are not read again pair by pair.
            if (ra.equals(rb) || differ.contains(List.of(ra, rb))) {
                continue;
            }
            if (CopyDiff.sameText(a.paragraphs(), b.paragraphs())) {
                parent.put(rb, ra);
            } else {
                differ.add(List.of(ra, rb));
                differ.add(List.of(rb, ra));
            }
        }
        Map<String, List<String>> members = new LinkedHashMap<>();
        parent.keySet().stream().sorted().forEach(id -> members.computeIfAbsent(root.apply(id), k -> new ArrayList<>()));
        parent.keySet().forEach(id -> members.get(root.apply(id)).add(id));
        members.forEach((r, ids) -> {
            if (!ids.contains(r)) {
                ids.add(r);
            }
            ids.sort(Comparator.comparing((String id) -> articles.get(id).date(),
                    Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparing(Comparator.naturalOrder()));
            Group group = new Group(new CopiesRef("copies/" + slugs.get(ids.get(0)) + ".html", ids.size()),
                    List.copyOf(ids));
            ids.forEach(id -> groupOf.put(id, group));
        });
    }

    private static String find(Map<String, String> parent, String id) {
        String r = id;
        for (String up = parent.get(r); up != null; up = parent.get(r)) {
            r = up;
        }
        // Path compression: later look-ups of this chain take one step.
        for (String at = id, up = parent.get(at); up != null && !up.equals(r); at = up, up = parent.get(at)) {
            parent.put(at, r);
        }
        return r;
    }

    /** The group {@code id} belongs to; null when no other article carries its text. */
    Group of(String id) {
        return groupOf.get(id);
    }

    /** Every group, each once, in the order of their first articles' ids. */
    List<Group> all() {
        return groupOf.values().stream().distinct().sorted(Comparator.comparing(g -> g.articles().get(0))).toList();
    }

    /** Whether the two articles carry one text. */
    boolean together(String a, String b) {
        Group group = groupOf.get(a);
        return group != null && group == groupOf.get(b);
    }

    /**
     * Matches as a list shows them, from a list in the order it shows them (each pair of articles once): a match
     * within a group is left out (the group's page shows it), and of the matches between the same two groups (or an
     * article and a group) only the first is kept, standing for its group's copies.
     */
    List<Match> collapse(List<Match> ordered) {
        Set<List<String>> between = new HashSet<>();
        List<Match> kept = new ArrayList<>();
        for (Match m : ordered) {
            if (!groupOf.containsKey(m.a()) && !groupOf.containsKey(m.b())) {
                // Most matches: two articles without copies, which no other match stands for, nor they for another.
                kept.add(m);
                continue;
            }
            String a = key(m.a());
            String b = key(m.b());
            if (!a.equals(b) && between.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a))) {
                kept.add(m);
            }
        }
        return List.copyOf(kept);
    }

    private String key(String id) {
        Group group = groupOf.get(id);
        return group == null ? id : group.articles().get(0);
    }
}

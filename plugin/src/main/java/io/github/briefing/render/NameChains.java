package io.github.briefing.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Joins a match's name keys into the names a reader knows. Evidence lists each capitalised word on its own, so a
 * page would read "Guaidó, Juan, Maduro, Nicolás"; where the articles write two of the keys one after the other
 * ("Juan Guaidó"), they are one name. Fed every pair of capitalised words the briefing's articles write with one
 * space between them. Every match's evidence is joined in every build, so the common case, no pair among the keys,
 * allocates nothing but the answer.
 */
final class NameChains {

    /** A name of more words is rare; a longer chain is more likely two names side by side in a list. */
    static final int MOST_WORDS = 3;
    private final Map<String, Set<String>> followers = new HashMap<>();

    /** An article wrote the name keyed {@code second} right after the one keyed {@code first}. */
    void written(String first, String second) {
        followers.computeIfAbsent(first, k -> new HashSet<>()).add(second);
    }

    /** Whether the articles wrote the same pairs of names here as there: then both join every list alike. */
    boolean sameAs(NameChains other) {
        return followers.equals(other.followers);
    }

    /**
     * The keys (distinct, strongest first) as names, each spelled by {@code spelling} and joined by spaces, in the
     * order of each name's strongest key. Each key follows at most one other, the strongest that the articles write
     * it after; a key no article writes beside another stays alone.
     */
    List<String> join(List<String> keys, UnaryOperator<String> spelling) {
        int n = keys.size();
        int[] next = null;
        int[] previous = null;
        for (int i = 0; i < n; i++) {
            Set<String> written = followers.get(keys.get(i));
            if (written == null) {
                continue;
            }
            int best = -1;
            // the strongest key it follows, by whichever of the two is shorter: a common word follows many
            if (written.size() < n) {
                for (String follower : written) {
                    int r = indexOf(keys, follower);
                    if (r >= 0 && r != i && (previous == null || previous[r] < 0) && (best < 0 || r < best)) {
                        best = r;
                    }
                }
            } else {
                for (int r = 0; r < n && best < 0; r++) {
                    if (r != i && (previous == null || previous[r] < 0) && written.contains(keys.get(r))) {
                        best = r;
                    }
                }
            }
            if (best >= 0) {
                if (next == null) {
                    next = new int[n];
                    previous = new int[n];
                    Arrays.fill(next, -1);
                    Arrays.fill(previous, -1);
                }
                next[i] = best;
                previous[best] = i;
            }
        }
        List<String> names = new ArrayList<>(n);
        if (next == null) {
            keys.forEach(key -> names.add(spelling.apply(key)));
            return names;
        }
        boolean[] placed = new boolean[n];
        for (int key = 0; key < n; key++) {
            if (placed[key]) {
                continue;
            }
            // back to the name's first key, but not so far that the name would end before this key
            int head = key;
            for (int back = 1; back < MOST_WORDS && previous[head] >= 0 && !placed[previous[head]]
                    && previous[head] != key; back++) {
                head = previous[head];
            }
            StringBuilder name = new StringBuilder();
            for (int k = head, words = 0; k >= 0 && !placed[k] && words < MOST_WORDS; k = next[k], words++) {
                name.append(words > 0 ? " " : "").append(spelling.apply(keys.get(k)));
                placed[k] = true;
            }
            names.add(name.toString());
        }
        return names;
    }

    /**
     * Where {@code name} is among the keys, or -1. Strings keep their hash, so comparing it first passes over most
     * keys without reading them: comparing each follower with every key was most of what a match's print cost.
     */
    private static int indexOf(List<String> keys, String name) {
        int hash = name.hashCode();
        for (int r = 0; r < keys.size(); r++) {
            String key = keys.get(r);
            if (key.hashCode() == hash && key.equals(name)) {
                return r;
            }
        }
        return -1;
    }
}

package io.github.briefing.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins a match's name keys into the names a reader knows. Evidence lists each capitalised word on its own, so a
 * page would read "Guaidó, Juan, Maduro, Nicolás"; where the articles write two of the keys one after the other
 * ("Juan Guaidó"), they are one name. Fed every pair of capitalised words the briefing's articles write with one
 * space between them.
 */
final class NameChains {

    /** A name of more words is rare; a longer chain is more likely two names side by side in a list. */
    static final int MOST_WORDS = 3;
    private final Map<String, Set<String>> followers = new HashMap<>();

    /** An article wrote a pair: the first key, a space and the second ({@link ArticleTerms#namePairs()}). */
    void written(String pair) {
        int space = pair.indexOf(' ');
        followers.computeIfAbsent(pair.substring(0, space), k -> new HashSet<>()).add(pair.substring(space + 1));
    }

    /**
     * The keys as chains of keys, in the order of each chain's strongest key. Each key follows at most one other, the
     * strongest that the articles write it after; a key no article writes beside another stays alone.
     */
    List<List<String>> chains(List<String> keys) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            rank.putIfAbsent(keys.get(i), i);
        }
        Map<String, String> next = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        for (String key : keys) {
            if (next.containsKey(key)) {
                continue;
            }
            String best = null;
            for (String follower : followers.getOrDefault(key, Set.of())) {
                Integer r = rank.get(follower);
                if (r != null && !follower.equals(key) && !previous.containsKey(follower)
                        && (best == null || r < rank.get(best))) {
                    best = follower;
                }
            }
            if (best != null) {
                next.put(key, best);
                previous.put(best, key);
            }
        }
        Set<String> placed = new HashSet<>();
        List<List<String>> chains = new ArrayList<>();
        for (String key : keys) {
            if (placed.contains(key)) {
                continue;
            }
            // back to the chain's first key, but not so far that the chain would end before this one
            String head = key;
            for (int back = 1; back < MOST_WORDS && previous.containsKey(head)
                    && !placed.contains(previous.get(head)) && !previous.get(head).equals(key); back++) {
                head = previous.get(head);
            }
            List<String> chain = new ArrayList<>();
            for (String k = head; k != null && !placed.contains(k) && chain.size() < MOST_WORDS; k = next.get(k)) {
                chain.add(k);
                placed.add(k);
            }
            chains.add(chain);
        }
        return chains;
    }
}

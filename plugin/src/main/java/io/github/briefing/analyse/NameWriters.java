package io.github.briefing.analyse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What the corpus says of the keys {@link NounNames} may confirm as names: how many articles in a language that
 * capitalises only names write each key as a name, how many articles in a language that capitalises every noun have
 * it among their nouns (not after an article: {@link Anchors#common}), and, for a key of both (a candidate), how many
 * of the former write it plainly ({@link PlainKeys}). A candidate is a name when more of those articles write it as
 * a name than plainly. Plain writers are counted for candidates alone: an article writes some hundred words plainly,
 * and counting them all took longer than the rest of the confirmation.
 */
final class NameWriters {

    private final Map<String, Integer> named;
    private final Map<String, Integer> nouns;
    private final Map<String, Integer> plain;
    /** The keys of both kinds, apart: a small set looked up for every word written plainly, as the counts are not. */
    private final Set<String> candidates;

    private NameWriters(Map<String, Integer> named, Map<String, Integer> nouns, Map<String, Integer> plain,
                        Set<String> candidates) {
        this.named = named;
        this.nouns = nouns;
        this.plain = plain;
        this.candidates = candidates;
    }

    static NameWriters of(List<AnalysedArticle> articles) {
        NameWriters writers = new NameWriters(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashSet<>());
        articles.forEach(a -> writers.write(a, 1, null));
        writers.nouns.keySet().forEach(key -> {
            if (writers.named.containsKey(key)) {
                writers.candidates.add(key);
            }
        });
        // Most words recur across articles (wire copies share their headline and lead): each is keyed once.
        Map<String, String> keyed = new ConcurrentHashMap<>();
        UnaryOperator<String> keyOf = word -> {
            String key = keyed.get(word);
            if (key == null) {
                key = NameKey.ofPlain(word);
                keyed.put(word, key);
            }
            return key;
        };
        List<Set<String>> plain = articles.parallelStream().map(a -> writers.plain(a, keyOf)).toList();
        plain.forEach(keys -> count(keys, 1, writers.plain, null));
        return writers;
    }

    /**
     * These counts with the articles {@code was} replaced by {@code now}, each key whose counts changed added to
     * {@code touched}; null when a key becomes a candidate, whose plain writers were not counted.
     */
    NameWriters since(List<AnalysedArticle> was, List<AnalysedArticle> now, Set<String> touched) {
        NameWriters after = new NameWriters(new HashMap<>(named), new HashMap<>(nouns), new HashMap<>(plain),
                new HashSet<>(candidates));
        was.forEach(a -> after.write(a, -1, touched));
        now.forEach(a -> after.write(a, 1, touched));
        for (String key : touched) {
            if (!after.named.containsKey(key) || !after.nouns.containsKey(key)) {
                after.candidates.remove(key);
            } else if (!candidates.contains(key)) {
                return null;
            }
        }
        was.forEach(a -> count(after.plain(a, NameKey::ofPlain), -1, after.plain, touched));
        now.forEach(a -> count(after.plain(a, NameKey::ofPlain), 1, after.plain, touched));
        after.plain.keySet().retainAll(after.candidates);
        return after;
    }

    /** Whether the key is a name: a candidate more articles write as a name than plainly. */
    boolean name(String key) {
        return candidates.contains(key) && named.get(key) > plain.getOrDefault(key, 0);
    }

    Set<String> names() {
        Set<String> names = new HashSet<>();
        candidates.forEach(key -> {
            if (name(key)) {
                names.add(key);
            }
        });
        return names;
    }

    /** Adds {@code count} to each name or noun the article has, as its language capitalises names or nouns. */
    private void write(AnalysedArticle a, int count, Set<String> touched) {
        Anchors anchors = a.anchors();
        if (!NounCapitals.capitalisesNouns(a.article().lang())) {
            count(anchors.names(), count, named, touched);
        } else if (anchors.common().isEmpty()) {
            count(anchors.nouns(), count, nouns, touched);
        } else {
            Set<String> uncommon = new HashSet<>(anchors.nouns());
            uncommon.removeAll(anchors.common());
            count(uncommon, count, nouns, touched);
        }
    }

    /** The candidates the article writes plainly, when its language capitalises only names. */
    private Set<String> plain(AnalysedArticle a, UnaryOperator<String> keyOf) {
        if (NounCapitals.capitalisesNouns(a.article().lang())) {
            return Set.of();
        }
        return PlainKeys.of(a, candidates::contains, keyOf);
    }

    /** Adds {@code count} to each key; a key counted to nothing is removed. */
    private static void count(Set<String> keys, int count, Map<String, Integer> counts, Set<String> touched) {
        for (String key : keys) {
            counts.merge(key, count, (x, y) -> x + y == 0 ? null : x + y);
            if (touched != null) {
                touched.add(key);
            }
        }
    }
}

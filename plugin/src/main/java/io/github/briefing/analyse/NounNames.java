package io.github.briefing.analyse;

import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Names in languages that capitalise every noun, confirmed across the corpus: a capitalised word its own article
 * does not show to be a name ({@link Anchors#nouns}) is one when the articles in languages that capitalise only names
 * write it as a name (Scholz in a French article) more often than they write its key plainly ({@link PlainKeys}: one
 * title-case headline's "Details" against many articles' "details" is no name), unless its own article also writes
 * it after an article ({@link Anchors#common}: "im Jahr" is no name however another language spells a name of that
 * key). It depends on other articles, so it runs on every build after the per-article pass, whose results are kept
 * per article, and before matching.
 */
public final class NounNames {

    /** The prefixes of names and of nouns among an article's anchor features ({@link AnalysedArticle#order}). */
    static final String NAME = "n:";
    static final String NOUN = "c:";

    private NounNames() {
    }

    /**
     * The last confirmation of this process, held softly: an edit loop ({@code briefing:serve}) confirms the same
     * articles again after each edit, and the corpus's names and every article's nouns are looked at again for one
     * changed article (a fifth of a rebuild's second at 10,000 articles).
     */
    private static volatile SoftReference<Confirmed> last = new SoftReference<>(null);
    /** Beyond this share of articles changed since the last confirmation, all are confirmed afresh. */
    private static final int CHANGED_SHARE = 16;

    /** One confirmation: the articles given, what they became, the counts behind it and the names they make. */
    private record Confirmed(List<AnalysedArticle> given, List<AnalysedArticle> confirmed, NameWriters writers,
                             Set<String> names) {
    }

    /** The articles, with the nouns that other languages write as names made names. */
    public static List<AnalysedArticle> confirm(List<AnalysedArticle> articles) {
        return confirm(articles, false);
    }

    /**
     * As {@link #confirm(List)}.
     *
     * @param again whether these articles, most of them unchanged, are likely to be confirmed again in this process
     *              (an edit loop): the confirmation then starts from the last one kept, and is kept for the next
     */
    public static List<AnalysedArticle> confirm(List<AnalysedArticle> articles, boolean again) {
        Confirmed before = again ? last.get() : null;
        Confirmed now = before == null ? null : since(before, articles);
        if (now == null) {
            NameWriters writers = NameWriters.of(articles);
            Set<String> names = writers.names();
            now = new Confirmed(articles, articles.parallelStream().map(a -> confirmed(a, names)).toList(), writers,
                    names);
        }
        if (again) {
            last = new SoftReference<>(now);
        }
        return now.confirmed();
    }

    /**
     * The confirmation of {@code articles} from the last one, when they are its articles (the same instances, as the
     * article cache gives unchanged articles) but for a few: an unchanged article's result is the last one unless
     * one of its nouns was confirmed as a name before and no longer is, or the reverse. Null when too much changed,
     * or when a key became one whose plain writers were not counted ({@link NameWriters#since}).
     */
    private static Confirmed since(Confirmed before, List<AnalysedArticle> articles) {
        int n = articles.size();
        if (before.given().size() != n) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (articles.get(i) != before.given().get(i)) {
                changed.add(i);
                if (changed.size() > n / CHANGED_SHARE) {
                    return null;
                }
            }
        }
        Set<String> touched = new HashSet<>();
        NameWriters writers = before.writers().since(changed.stream().map(before.given()::get).toList(),
                changed.stream().map(articles::get).toList(), touched);
        if (writers == null) {
            return null;
        }
        touched.removeIf(key -> before.names().contains(key) == writers.name(key));
        Set<String> names = new HashSet<>(before.names());
        touched.forEach(key -> {
            if (!names.remove(key)) {
                names.add(key);
            }
        });
        AnalysedArticle[] confirmed = new AnalysedArticle[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            AnalysedArticle a = articles.get(i);
            confirmed[i] = a == before.given().get(i) && Collections.disjoint(a.anchors().nouns(), touched)
                    ? before.confirmed().get(i) : confirmed(a, names);
        });
        return new Confirmed(articles, List.of(confirmed), writers, names);
    }

    private static AnalysedArticle confirmed(AnalysedArticle a, Set<String> named) {
        Anchors anchors = a.anchors();
        Set<String> confirmed = new HashSet<>();
        for (String noun : anchors.nouns()) {
            if (named.contains(noun) && !anchors.common().contains(noun)) {
                confirmed.add(noun);
            }
        }
        if (confirmed.isEmpty()) {
            return a;
        }
        Set<String> names = new HashSet<>(anchors.names());
        names.addAll(confirmed);
        Set<String> nouns = new HashSet<>(anchors.nouns());
        nouns.removeAll(confirmed);
        Anchors kept = new Anchors(names, nouns, anchors.common(), anchors.places(), anchors.numbers(),
                anchors.spelled(), anchors.dates(), anchors.acronyms());
        return new AnalysedArticle(a.article(), kept, renamed(a.order(), confirmed, NOUN, NAME), a.skeletons(),
                a.terms(), renamed(a.lead(), confirmed, NOUN, NAME), a.sentences(), a.spelling(), a.figure());
    }

    /**
     * The features, those of the given keys moved from one kind ({@code from}) to another ({@code to}). The features
     * are shared strings, and so are those made: each kind's feature of a key is looked up once in the large table
     * of shared strings, where the list of all of them was looked up again, one by one.
     */
    static List<String> renamed(List<String> features, Set<String> keys, String from, String to) {
        if (keys.isEmpty()) {
            return features;
        }
        Map<String, String> made = new HashMap<>();
        String[] renamed = new String[features.size()];
        for (int i = 0; i < renamed.length; i++) {
            renamed[i] = renamed(features.get(i), keys, from, to, made);
        }
        return SharedList.ofShared(Arrays.asList(renamed));
    }

    /** As {@link #renamed(List, Set, String, String)}, for counts of features (shared strings), in key order. */
    static Map<String, Integer> renamed(Map<String, Integer> features, Set<String> keys, String from, String to) {
        if (keys.isEmpty()) {
            return features;
        }
        Map<String, String> made = new HashMap<>();
        Map<String, Integer> renamed = new HashMap<>(features.size() * 2);
        features.forEach((f, count) -> renamed.put(renamed(f, keys, from, to, made), count));
        return SortedCounts.ofShared(renamed);
    }

    /** The feature renamed where it is one of the keys' ({@code made}: those renamed so far, by key). */
    private static String renamed(String feature, Set<String> keys, String from, String to, Map<String, String> made) {
        if (!feature.startsWith(from)) {
            return feature;
        }
        String key = feature.substring(from.length());
        return keys.contains(key) ? made.computeIfAbsent(key, k -> SharedStrings.of(to + k)) : feature;
    }
}

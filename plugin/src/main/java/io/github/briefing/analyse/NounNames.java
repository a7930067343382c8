package io.github.briefing.analyse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names in languages that capitalise every noun, confirmed across the corpus: a capitalised word its own article
 * does not show to be a name ({@link Anchors#nouns}) is one when an article in a language that capitalises only names
 * writes it as a name (Scholz in a French article), unless its own article also writes it after an article
 * ({@link Anchors#common}: "im Jahr" is no name however another language spells a name of that key). It depends on other articles, so it runs on every build after
 * the per-article pass, whose results are kept per article, and before matching.
 */
public final class NounNames {

    /** The prefixes of names and of nouns among an article's anchor features ({@link AnalysedArticle#order}). */
    static final String NAME = "n:";
    static final String NOUN = "c:";

    private NounNames() {
    }

    /** The articles, with the nouns that other languages write as names made names. */
    public static List<AnalysedArticle> confirm(List<AnalysedArticle> articles) {
        Set<String> written = articles.parallelStream()
                .filter(a -> !NounCapitals.capitalisesNouns(a.article().lang()))
                .flatMap(a -> a.anchors().names().stream()).collect(Collectors.toSet());
        return articles.parallelStream().map(a -> confirmed(a, written)).toList();
    }

    private static AnalysedArticle confirmed(AnalysedArticle a, Set<String> written) {
        Anchors anchors = a.anchors();
        Set<String> confirmed = new HashSet<>();
        for (String noun : anchors.nouns()) {
            if (written.contains(noun) && !anchors.common().contains(noun)) {
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

    /** The features, those of the given keys moved from one kind ({@code from}) to another ({@code to}). */
    static List<String> renamed(List<String> features, Set<String> keys, String from, String to) {
        return keys.isEmpty() ? features : features.stream().map(f -> renamed(f, keys, from, to)).toList();
    }

    static Map<String, Integer> renamed(Map<String, Integer> features, Set<String> keys, String from, String to) {
        if (keys.isEmpty()) {
            return features;
        }
        Map<String, Integer> renamed = new HashMap<>(features.size() * 2);
        features.forEach((f, count) -> renamed.put(renamed(f, keys, from, to), count));
        return renamed;
    }

    private static String renamed(String feature, Set<String> keys, String from, String to) {
        return feature.startsWith(from) && keys.contains(feature.substring(from.length()))
                ? to + feature.substring(from.length()) : feature;
    }
}

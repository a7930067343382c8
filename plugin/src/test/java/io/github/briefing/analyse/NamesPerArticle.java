package io.github.briefing.analyse;

import io.github.briefing.build.AnalysedCorpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Measurement only: how many names, nouns and places an article has, on average by language, after the corpus-wide
 * confirmation a build runs; and how often each place is named. Prints one line per language and the most named
 * places.
 * <pre>java -cp ... io.github.briefing.analyse.NamesPerArticle ARTICLES_FOLDER...</pre>
 */
public final class NamesPerArticle {

    private NamesPerArticle() {
    }

    public static void main(String[] args) {
        for (String folder : args) {
            List<AnalysedArticle> analysed = NounNames.confirm(AnalysedCorpus.of(Path.of(folder)));
            Map<String, List<AnalysedArticle>> byLanguage = new TreeMap<>();
            Map<String, Integer> places = new TreeMap<>();
            for (AnalysedArticle a : analysed) {
                byLanguage.computeIfAbsent(String.valueOf(a.article().lang()), k -> new java.util.ArrayList<>()).add(a);
                a.anchors().places().forEach(p -> places.merge(p, 1, Integer::sum));
            }
            System.out.println(folder);
            byLanguage.forEach((lang, articles) -> System.out.printf(Locale.ROOT,
                    "  %-4s %6d articles, per article: names %6.1f, nouns %6.1f, places %5.1f%n", lang,
                    articles.size(), mean(articles, a -> a.anchors().names().size()),
                    mean(articles, a -> a.anchors().nouns().size()), mean(articles, a -> a.anchors().places().size())));
            System.out.println("  places named by most articles: " + places.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(40).toList());
            System.out.println("  SH (St. Helena) in " + places.getOrDefault("SH", 0) + " articles");
        }
    }

    private static double mean(List<AnalysedArticle> articles, ToIntFunction<AnalysedArticle> count) {
        return articles.stream().mapToInt(count).average().orElse(0);
    }
}

package io.github.briefing.analyse;

import io.github.briefing.describe.Article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyse stage: reads an article's anchors. Names are capitalised words that do not open a sentence
 * (in cased scripts) and katakana runs (Japanese writes foreign names in it); places are names CLDR knows as
 * countries or cities; numbers, dates and acronyms are read in any locale.
 */
public final class AnchorExtractor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'\u2019-]*");
    private static final Pattern KATAKANA = Pattern.compile("[\\p{IsKatakana}\u30FC]{3,}");
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])[A-Z]{2,6}(?![\\p{L}])");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MIN_NAME = 3;

    public AnalysedArticle analyse(Article article) {
        String text = (article.title() == null || article.titleDerived() ? "" : article.title() + ".\n")
                + article.body();
        Set<String> names = new HashSet<>();
        Set<String> places = new HashSet<>();
        PlaceNames gazetteer = PlaceNames.get();
        for (String sentence : text.split("(?<=[.!?\u3002:])\\s+|\n+")) {
            Matcher m = WORD.matcher(sentence);
            boolean first = true;
            while (m.find()) {
                String word = m.group().replaceAll("['\u2019]s$|['\u2019-]+$", "");
                boolean capitalised = Character.isUpperCase(word.codePointAt(0));
                var place = capitalised ? gazetteer.code(word) : java.util.Optional.<String>empty();
                if (place.isEmpty() && capitalised) {
                    place = gazetteer.codeOfDerivedWord(word);
                }
                if (place.isPresent()) {
                    places.add(place.get());
                } else if (capitalised && !first && word.length() >= MIN_NAME && !isAllCaps(word)) {
                    String key = NameKey.of(word);
                    if (key.length() >= MIN_NAME) {
                        names.add(key);
                    }
                }
                first = false;
            }
        }
        Matcher katakana = KATAKANA.matcher(text);
        while (katakana.find()) {
            gazetteer.code(katakana.group()).ifPresentOrElse(places::add, () -> names.add(NameKey.of(katakana.group())));
        }
        Set<String> acronyms = new HashSet<>();
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            acronyms.add(acronym.group());
        }
        Set<String> dates = new HashSet<>();
        Matcher date = ISO_DATE.matcher(text);
        while (date.find()) {
            dates.add(date.group());
        }
        if (article.date() != null) {
            dates.add(article.date().toString());
        }
        Set<String> numbers = NumberReader.read(text);
        return new AnalysedArticle(article, new Anchors(names, places, numbers, dates, acronyms));
    }

    private static boolean isAllCaps(String word) {
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Anchors of many articles, on all cores: the stage is per article. */
    public List<AnalysedArticle> analyseAll(List<Article> articles) {
        return articles.parallelStream().map(this::analyse).toList();
    }
}

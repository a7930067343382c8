package io.github.briefing.analyse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.briefing.describe.Article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyse stage: reads an article's anchors. Words come from ICU's word segmentation, which also splits
 * scripts written without spaces (Japanese, Chinese, Thai). Names are capitalised words that do not open a
 * sentence (in cased scripts) and katakana words (Japanese writes foreign names in it); places are words CLDR
 * knows as countries or cities; numbers, dates and acronyms are read in any locale.
 */
public final class AnchorExtractor {

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}])[A-Z]{2,6}(?![\\p{L}])");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$|['\u2019-]+$");
    /** Shorter capitalised words are mostly particles and initials. */
    private static final int MIN_NAME = 3;
    /** A word's first letters stand for it in {@code terms}: a crude stemmer that works in any cased language. */
    private static final int TERM_PREFIX = 5;
    private static final String SENTENCE_END = ".!?\u3002\uFF01\uFF1F:\u2026";
    private static final String OPENERS = "\"'\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019([\u00BF\u00A1-\u2013\u2014\u300C\u300E";

    public AnalysedArticle analyse(Article article) {
        String text = (article.title() == null || article.titleDerived() ? "" : article.title() + ".\n")
                + article.body();
        Set<String> names = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> skeletons = new HashSet<>();
        Set<String> terms = new HashSet<>();
        List<String> order = new ArrayList<>();
        BreakIterator words = WORDS.get();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            if (status < RuleBasedBreakIterator.WORD_LETTER || status >= RuleBasedBreakIterator.WORD_IDEO_LIMIT) {
                continue;
            }
            String word = POSSESSIVE.matcher(text.substring(start, end)).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            terms.add(term(word));
            Optional<String> place = place(word);
            if (place.isPresent()) {
                places.add(place.get());
                order.add("p:" + place.get());
            } else if (isName(word, text, start)) {
                String key = NameKey.of(word);
                if (key.length() >= MIN_NAME) {
                    names.add(key);
                    order.add("n:" + key);
                    String skeleton = NameKey.skeleton(word);
                    if (!skeleton.isEmpty()) {
                        skeletons.add(skeleton);
                    }
                }
            }
        }
        Set<String> acronyms = new HashSet<>();
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            acronyms.add(acronym.group());
        }
        Set<String> dates = DateReader.read(text);
        if (article.date() != null) {
            dates.add(article.date().toString());
        }
        Set<String> numbers = NumberReader.read(text);
        numbers.forEach(n -> order.add("#:" + n));
        return new AnalysedArticle(article, new Anchors(names, places, numbers, dates, acronyms), order, skeletons,
                terms);
    }

    /** A place named by a word: fuzzily in cased scripts (Kolombia), exactly where case says nothing of names. */
    private static Optional<String> place(String word) {
        PlaceNames gazetteer = PlaceNames.get();
        if (!isCased(word)) {
            return gazetteer.exact(word);
        }
        if (!Character.isUpperCase(word.codePointAt(0))) {
            return Optional.empty();
        }
        Optional<String> place = gazetteer.code(word);
        return place.isPresent() ? place : gazetteer.codeOfDerivedWord(word);
    }

    private static boolean isName(String word, String text, int start) {
        if (isKatakana(word)) {
            return word.codePointCount(0, word.length()) >= 2;
        }
        return isCased(word) && Character.isUpperCase(word.codePointAt(0)) && word.length() >= MIN_NAME
                && !isAllCaps(word) && !opensSentence(text, start) && !CalendarNames.get().isCalendarWord(word);
    }

    private static String term(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        int cut = lower.offsetByCodePoints(0, Math.min(TERM_PREFIX, lower.codePointCount(0, lower.length())));
        return isCased(word) ? lower.substring(0, cut) : lower;
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c) && OPENERS.indexOf(c) < 0) {
                return SENTENCE_END.indexOf(c) >= 0;
            }
        }
        return true;
    }

    /** Scripts with upper and lower case, where a capital marks a name. */
    private static boolean isCased(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLowerCase(c);
    }

    private static boolean isKatakana(String word) {
        return word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
                || c == '\u30FC' || c == '\u30FB');
    }

    private static boolean isAllCaps(String word) {
        return word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Anchors of many articles, on all cores: the stage is per article. */
    public List<AnalysedArticle> analyseAll(List<Article> articles) {
        return articles.parallelStream().map(this::analyse).toList();
    }
}

package io.github.briefing.analyse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.TextMemo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analyse stage: reads an article's anchors. Words come from ICU's word segmentation, which also splits
 * scripts written without spaces (Japanese, Chinese, Thai). Names are capitalised words that do not open a
 * sentence (in cased scripts; where every noun is capitalised, those {@link NameRuns} shows to be names, the others
 * are {@link Anchors#nouns}) and katakana words (Japanese writes foreign names in it); places are words CLDR
 * knows as countries or cities; numbers, dates and acronyms are read in any locale.
 */
public final class AnchorExtractor {

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));
    private static final ThreadLocal<BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ROOT));
    /** A capital first, then the script test behind it (tried at every character, it cost more than the rest). */
    private static final Pattern ACRONYM = Pattern.compile("(?=[A-Z])(?<!\\p{IsLatin})[A-Z]{2,6}(?!\\p{IsLatin})");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$|['\u2019-]+$");
    /** Shorter capitalised words are mostly particles and initials. */
    private static final int MIN_NAME = 3;
    /** Texts whose analysis is kept: a copy finds its original's when fewer other texts came between them. */
    private static final int TEXTS = 1 << 15;
    /** Words recur within and across articles: each word's terms are made once (as the memos of {@link NameKey}). */
    private static final WordMemo<WordTerms> TERMS = new WordMemo<>(WordTerms::of, 1 << 17);
    /** A word's first letters stand for it in {@code terms}: a crude stemmer that works in any cased language. */
    private static final int TERM_PREFIX = 5;
    /** Shorter Latin words have too few consonants to meet a borrowed spelling by more than chance. */
    private static final int MIN_LOANWORD = 5;
    /** Place names run to three words ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    private static final int MAX_PLACE_WORDS = 3;
    /** The headline and first sentences, in words: where a news story says what happened. */
    static final int LEAD_WORDS = 60;
    private static final String SENTENCE_END = ".!?\u3002\uFF01\uFF1F:\u2026";
    private static final String OPENERS = "\"'\u00AB\u00BB\u201C\u201D\u201E\u2018\u2019([\u00BF\u00A1-\u2013\u2014\u300C\u300E";

    /**
     * Loads the place, month and weekday names of every language (seconds of CLDR lookups, on one thread), so that a
     * build can do it while it reads files instead of every thread waiting for it at the first article.
     */
    public static void prepare() {
        PlaceNames.get();
        CalendarNames.get();
    }

    /**
     * Analyses of the texts met lately. Besides the date, an analysis depends on the language, the title and the
     * paragraphs alone, and wire copies have one text in many outlets.
     */
    private final TextMemo<Text, AnalysedArticle> texts = new TextMemo<>(TEXTS);

    /** What an analysis reads of an article besides its date. */
    private record Text(String lang, String title, boolean titleDerived, List<String> paragraphs) {
    }

    public AnalysedArticle analyse(Article article) {
        AnalysedArticle text = texts.get(
                new Text(article.lang(), article.title(), article.titleDerived(), article.paragraphs()),
                key -> analyseText(article));
        Anchors anchors = text.anchors();
        Set<String> dates = anchors.dates();
        if (article.date() != null && !dates.contains(article.date().toString())) {
            dates = new HashSet<>(dates);
            dates.add(article.date().toString());
            anchors = new Anchors(anchors.names(), anchors.nouns(), anchors.common(), anchors.places(),
                    anchors.numbers(), anchors.spelled(), dates, anchors.acronyms());
        }
        return new AnalysedArticle(article, anchors, text.order(), text.skeletons(), text.terms(), text.lead(),
                text.sentences(), text.spelling(), text.figure());
    }

    /** The analysis of an article's text, whose dates are those the text writes (not the article's own). */
    private static AnalysedArticle analyseText(Article article) {
        String text = (article.title() == null || article.titleDerived() ? "" : article.title() + ".\n")
                + article.body();
        Set<String> names = new LinkedHashSet<>();
        Set<String> determiners = NounCapitals.determiners(article.lang());
        Set<String> places = new LinkedHashSet<>();
        Set<String> skeletons = new HashSet<>();
        Map<String, Integer> terms = new HashMap<>();
        // An article repeats its words: each is looked up once in the large memos, whose reads mostly miss the
        // processor's caches, and then in these small maps, which stay in them.
        Map<String, WordTerms> termsOfWord = new HashMap<>();
        Map<String, Optional<String>> placeOfPhrase = new HashMap<>();
        Map<String, NameKeys> keysOfName = new HashMap<>();
        Map<String, Integer> lead = new HashMap<>();
        List<String> order = new ArrayList<>();
        List<int[]> spans = words(text);
        NameRuns runs = determiners == null ? null : new NameRuns(text, spans, determiners);
        NumberWords numberWords = NumberWords.of(article.lang());
        Set<String> spelled = new LinkedHashSet<>();
        int numberEnd = 0;
        for (int t = 0; t < spans.size(); t++) {
            int start = spans.get(t)[0];
            String word = withoutPossessive(text.substring(start, spans.get(t)[1]));
            if (word.isEmpty()) {
                continue;
            }
            boolean inLead = t < LEAD_WORDS;
            if (t >= numberEnd) {
                NumberWords.Reading reading = numberWords.at(text, spans, t);
                if (reading != null) {
                    numberEnd = t + reading.words();
                    if (runs != null) {
                        runs.number(t, numberEnd);
                    }
                    String number = Long.toString(reading.value());
                    spelled.add(number);
                    if (inLead) {
                        lead.put("s:" + number, 1);
                    }
                }
            }
            WordTerms wordTerms = termsOfWord.computeIfAbsent(word, TERMS::get);
            wordTerms.count(terms, inLead ? lead : null);
            PlaceSpan place = place(text, spans, t, placeOfPhrase);
            if (place != null) {
                places.add(place.code());
                order.add("p:" + place.code());
                for (int k = t + 1; k < place.end(); k++) {
                    termsOfWord.computeIfAbsent(text.substring(spans.get(k)[0], spans.get(k)[1]), TERMS::get)
                            .countTerm(terms, inLead ? lead : null);
                }
                if (inLead) {
                    lead.merge("p:" + place.code(), 1, Integer::sum);
                }
                t = place.end() - 1;
            } else if (isName(word, text, start)) {
                NameKeys nameKeys = keysOfName.computeIfAbsent(word, NameKeys::of);
                String key = nameKeys.key();
                if (key.length() >= MIN_NAME) {
                    names.add(key);
                    order.add("n:" + key);
                    if (runs != null) {
                        runs.candidate(t, key);
                    }
                    if (inLead) {
                        lead.merge("n:" + key, 1, Integer::sum);
                    }
                    String skeleton = nameKeys.skeleton();
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
        Set<String> numbers = NumberReader.read(text);
        numbers.forEach(n -> order.add("#:" + n));
        if (!spans.isEmpty()) {
            int leadEnd = spans.get(Math.min(spans.size(), LEAD_WORDS) - 1)[1];
            NumberReader.read(text.substring(0, leadEnd)).forEach(n -> lead.put("#:" + n, 1));
        }
        Set<String> nouns = runs == null ? Set.of() : runs.unnamed(names);
        names.removeAll(nouns);
        Set<String> common = runs == null ? Set.of() : runs.afterArticles(nouns);
        Anchors anchors = new Anchors(names, nouns, common, places, numbers, spelled, dates, acronyms);
        return new AnalysedArticle(article, anchors, NounNames.renamed(order, nouns, NounNames.NAME, NounNames.NOUN),
                skeletons, SortedCounts.ofShared(terms),
                NounNames.renamed(lead, nouns, NounNames.NAME, NounNames.NOUN), sentences(text), Spelling.of(article),
                LeadFigure.of(article));
    }

    /**
     * The letters and digits of each sentence, in order; ICU's sentence segmentation also ends a sentence at a
     * line break, so a headline or a list item counts as one.
     */
    static List<Integer> sentences(String text) {
        List<Integer> lengths = new ArrayList<>();
        BreakIterator sentences = SENTENCES.get();
        sentences.setText(text);
        int start = sentences.first();
        for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
            int letters = 0;
            for (int i = start; i < end; ) {
                int c = text.codePointAt(i);
                letters += Character.isLetterOrDigit(c) ? 1 : 0;
                i += Character.charCount(c);
            }
            if (letters > 0) {
                lengths.add(letters);
            }
        }
        return lengths;
    }

    /** The word without a possessive or trailing apostrophes and hyphens; most words have none to look for. */
    private static String withoutPossessive(String word) {
        boolean marked = word.indexOf('\'') >= 0 || word.indexOf('\u2019') >= 0 || word.indexOf('-') >= 0;
        return marked ? POSSESSIVE.matcher(word).replaceAll("") : word;
    }

    /**
     * What a word adds to an article's terms: its {@link #term} and, for a word that may have been borrowed across
     * scripts, its {@link #loanword} skeleton (null otherwise); each with its name as a lead feature.
     */
    private record WordTerms(String term, String leadTerm, String loanword, String leadLoanword) {

        /** The terms are shared strings, made so once here rather than at every article that counts them. */
        static WordTerms of(String word) {
            String term = AnchorExtractor.term(word);
            String loanword = AnchorExtractor.loanword(word).orElse(null);
            String sharedLoanword = loanword == null ? null : SharedStrings.of(loanword);
            return new WordTerms(SharedStrings.of(term), "w:" + term, sharedLoanword,
                    loanword == null ? null : "w:" + loanword);
        }

        /** One more occurrence of the word; in the lead (when given), it is also one of the lead's features. */
        void count(Map<String, Integer> terms, Map<String, Integer> lead) {
            countTerm(terms, lead);
            if (loanword != null) {
                terms.merge(loanword, 1, Integer::sum);
                if (lead != null) {
                    lead.merge(leadLoanword, 1, Integer::sum);
                }
            }
        }

        /** The term alone, as for the further words of a place's name (the place stands for them). */
        void countTerm(Map<String, Integer> terms, Map<String, Integer> lead) {
            terms.merge(term, 1, Integer::sum);
            if (lead != null) {
                lead.merge(leadTerm, 1, Integer::sum);
            }
        }
    }

    /** A name's {@link NameKey#of key} and {@link NameKey#skeleton skeleton}. */
    private record NameKeys(String key, String skeleton) {

        static NameKeys of(String name) {
            return new NameKeys(NameKey.of(name), NameKey.skeleton(name));
        }
    }

    /** A place name ending before word {@code end}, and its country. */
    private record PlaceSpan(int end, String code) {
    }

    /** The spans ({start, end}) of the words of a text, letters and ideographs, in order. */
    private static List<int[]> words(String text) {
        List<int[]> spans = new ArrayList<>();
        BreakIterator words = WORDS.get();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            if (status >= RuleBasedBreakIterator.WORD_LETTER && status < RuleBasedBreakIterator.WORD_IDEO_LIMIT) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /**
     * The longest place name that starts at word t, up to {@link #MAX_PLACE_WORDS} words ("North Korea", "New
     * York", "北朝鮮" which segmentation may cut in two); null when none starts there. Each phrase is looked up once
     * per article, in {@code placeOfPhrase}.
     */
    private static PlaceSpan place(String text, List<int[]> spans, int t, Map<String, Optional<String>> placeOfPhrase) {
        int first = text.codePointAt(spans.get(t)[0]);
        if (Character.isLowerCase(first)) {
            return null; // in cased scripts a place name is capitalised: most words end here, before any lookup
        }
        for (int last = Math.min(spans.size(), t + MAX_PLACE_WORDS) - 1; last >= t; last--) {
            if (last > t && !joined(text, spans, t, last)) {
                continue;
            }
            Optional<String> code = placeOfPhrase.computeIfAbsent(text.substring(spans.get(t)[0], spans.get(last)[1]),
                    AnchorExtractor::place);
            if (code.isPresent()) {
                return new PlaceSpan(last + 1, code.get());
            }
        }
        return null;
    }

    /**
     * Whether words t..last can form one name: in cased scripts separated by single spaces and hyphens, with the
     * last word capitalised like the first; in scripts without spaces, written together.
     */
    private static boolean joined(String text, List<int[]> spans, int t, int last) {
        boolean cased = isCased(text.substring(spans.get(t)[0], spans.get(t)[1]));
        for (int k = t; k < last; k++) {
            String gap = text.substring(spans.get(k)[1], spans.get(k + 1)[0]);
            if (cased ? !(gap.equals(" ") || gap.equals("-")) : !gap.isEmpty()) {
                return false;
            }
        }
        return !cased || Character.isUpperCase(text.codePointAt(spans.get(last)[0]));
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

    /**
     * The consonant skeleton of a word that may have been borrowed across scripts: a katakana word (Japanese writes
     * loanwords in it: パンデミック, オンライン), or a long word of a cased script. Pandemic ~ パンデミック and online ~
     * オンライン meet as {@code ~pndnk} and {@code ~nrn}, so that a Japanese article shares words with its original.
     */
    private static Optional<String> loanword(String word) {
        boolean katakana = isKatakana(word);
        if (!katakana && !(isCased(word) && word.length() >= MIN_LOANWORD && isLatin(word))) {
            return Optional.empty();
        }
        String skeleton = NameKey.skeleton(word);
        return skeleton.isEmpty() ? Optional.empty() : Optional.of("~" + skeleton);
    }

    private static boolean isLatin(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (c >= 128 && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * A word's first letters, spelled so that cognates meet across languages that write one script: accents off,
     * and the letters languages spell one sound with folded (inflation ~ inflasi, economy ~ ekonomi).
     */
    private static String term(String word) {
        if (!isCased(word)) {
            return word;
        }
        String lower = NameKey.spelling(word);
        int cut = lower.offsetByCodePoints(0, Math.min(TERM_PREFIX, lower.codePointCount(0, lower.length())));
        return lower.substring(0, cut);
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
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA && c != '\u30FC' && c != '\u30FB') {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isAllCaps(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** Anchors of many articles, on all cores: the stage is per article. */
    public List<AnalysedArticle> analyseAll(List<Article> articles) {
        return articles.parallelStream().map(this::analyse).toList();
    }
}

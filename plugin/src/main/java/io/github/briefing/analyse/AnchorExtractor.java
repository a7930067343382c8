package io.github.briefing.analyse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.RuleBasedBreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.TextMemo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** Tried at capitals alone ({@link MatchStarts}): the script test behind it cost more than the rest. */
    private static final Pattern ACRONYM = Pattern.compile("(?=[A-Z])(?<!\\p{IsLatin})[A-Z]{2,6}(?!\\p{IsLatin})");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$|['\u2019-]+$");
    /** Texts whose analysis is kept: a copy finds its original's when fewer other texts came between them. */
    private static final int TEXTS = 1 << 15;
    /** Bodies whose reading is kept, for copies under headlines of their own. */
    private static final int BODIES = 1 << 15;
    /** What ends a headline's line in the text an article is read as (a headline is a sentence of its own). */
    private static final String HEADLINE_END = ".\n";
    /** Words recur within and across articles: what each gives on its own is made once (as {@link NameKey}'s keys). */
    private static final WordMemo<WordFacts> WORDS_MET = new WordMemo<>(WordFacts::of, 1 << 17);
    /**
     * Places named by the phrases met lately (names of two and three words, words with a possessive): a name recurs
     * across articles ("Nicolás Maduro", "Juan Guaidó"), and each was keyed and looked up in the gazetteer per
     * article.
     */
    private static final WordMemo<Optional<WordFacts.Place>> PHRASES =
            new WordMemo<>(WordFacts.Place::of, 1 << 16);
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
    /** Readings of the bodies met lately: copies run under headlines of their own read their body once. */
    private final TextMemo<Body, BodyReading> bodies = new TextMemo<>(BODIES);

    /** What an analysis reads of an article besides its date. */
    private record Text(String lang, String title, boolean titleDerived, List<String> paragraphs) {
    }

    /** What a body's reading depends on. */
    private record Body(String lang, List<String> paragraphs) {
    }

    /** A body's reading, with its first paragraph's spelling and lead figure. */
    private record BodyReading(TextReading reading, String spelling, LeadFigure figure) {
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

    /**
     * The analysis of an article's text, whose dates are those the text writes (not the article's own): its
     * headline line and its body read apart, the body's reading kept for its copies. Where something could be read
     * across the line between them, the text is read whole.
     */
    private AnalysedArticle analyseText(Article article) {
        boolean headed = article.title() != null && !article.titleDerived();
        if (headed && !separable(article.title(), article.paragraphs())) {
            return readWhole(article);
        }
        BodyReading body = bodies.get(new Body(article.lang(), article.paragraphs()),
                key -> new BodyReading(read(article.body(), article.lang()), Spelling.lead(key.paragraphs()),
                        LeadFigure.ofFirstParagraph(key.paragraphs())));
        TextReading headline = headed ? read(article.title() + HEADLINE_END, article.lang()) : TextReading.NONE;
        if (headline.words() > 0 && body.reading().opensWithName()
                && NounCapitals.capitalisesNouns(article.lang())) {
            return readWhole(article); // its name runs would look at the headline's last word
        }
        return TextReading.joined(article, headline, body.reading(), Spelling.of(article, body.spelling()),
                LeadFigure.of(article, body::figure));
    }

    /** The analysis of an article's text read as one piece. */
    static AnalysedArticle readWhole(Article article) {
        String text = (article.title() == null || article.titleDerived() ? "" : article.title() + HEADLINE_END)
                + article.body();
        return TextReading.joined(article, TextReading.NONE, read(text, article.lang()), Spelling.of(article),
                LeadFigure.of(article));
    }

    /**
     * Whether nothing can be read across a headline's line end. Only a day and its month can: "... March.\n5" where
     * the body opens with a digit or a space, and "... 12.\nMarch" (or "12.\nde marzo") where the headline ends in a
     * digit and the body opens with a month ({@link DateReader}).
     */
    private static boolean separable(String title, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            return true;
        }
        String first = paragraphs.get(0);
        if (first.isEmpty() || isDigit(first.charAt(0)) || Character.isWhitespace(first.charAt(0))
                || Character.isSpaceChar(first.charAt(0))) {
            return false;
        }
        return title.isEmpty() || !isDigit(title.charAt(title.length() - 1)) || !opensWithMonth(first);
    }

    /** Whether a text's first word, or the word after a first "de", names a month. */
    private static boolean opensWithMonth(String text) {
        String word = letters(text, 0);
        int next = word.length();
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        CalendarNames calendar = CalendarNames.get();
        return calendar.month(word).isPresent() || word.equals("de") && calendar.month(letters(text, next)).isPresent();
    }

    /** The letters from {@code start} on, up to the first character that is not one. */
    private static String letters(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(start, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What a piece of text in a language gives on its own, its words counted from its start. */
    static TextReading read(String text, String lang) {
        Set<String> names = new HashSet<>();
        Set<String> determiners = NounCapitals.determiners(lang);
        Set<String> places = new HashSet<>();
        Set<String> skeletons = new HashSet<>();
        TextWords words = new TextWords(WORDS_MET::get);
        // As its words (TextWords), an article repeats its phrases: each is looked up once in the large memo.
        Map<String, Optional<WordFacts.Place>> placeOfPhrase = new HashMap<>();
        LeadWords.Builder lead = new LeadWords.Builder();
        List<String> order = new ArrayList<>();
        List<int[]> spans = words(text);
        NameRuns runs = determiners == null ? null : new NameRuns(text, spans, determiners);
        NumberWords numberWords = NumberWords.of(lang);
        Set<String> spelled = new HashSet<>();
        int numberEnd = 0;
        boolean opensWithName = false;
        for (int t = 0; t < spans.size(); t++) {
            int start = spans.get(t)[0];
            String word = withoutPossessive(text.substring(start, spans.get(t)[1]));
            if (word.isEmpty()) {
                continue;
            }
            LeadWords.Builder inLead = t < LEAD_WORDS ? lead : null;
            if (t >= numberEnd) {
                NumberWords.Reading reading = numberWords.at(text, spans, t);
                if (reading != null) {
                    numberEnd = t + reading.words();
                    if (runs != null) {
                        runs.number(t, numberEnd);
                    }
                    String number = Long.toString(reading.value());
                    spelled.add(number);
                    if (inLead != null) {
                        lead.spell(SharedStrings.of("s:" + number), t);
                    }
                }
            }
            TextWords.Word counted = words.of(word);
            counted.count(inLead, t);
            WordFacts facts = counted.facts();
            PlaceSpan place = place(text, spans, t, word, facts, placeOfPhrase);
            if (place != null) {
                places.add(place.place().code());
                order.add(place.place().feature());
                for (int k = t + 1; k < place.end(); k++) {
                    words.of(text.substring(spans.get(k)[0], spans.get(k)[1])).countTerm(inLead, t);
                }
                if (inLead != null) {
                    lead.count(place.place().feature(), t);
                }
                t = place.end() - 1;
            } else if (facts.mayBeName(() -> opensSentence(text, start)) && facts.name() != null) {
                WordFacts.Name name = facts.name();
                names.add(name.key());
                order.add(name.feature());
                opensWithName |= t == 0;
                if (runs != null) {
                    runs.candidate(t, name.key());
                }
                if (inLead != null) {
                    lead.count(name.feature(), t);
                }
                if (!name.skeleton().isEmpty()) {
                    skeletons.add(name.skeleton());
                }
            }
        }
        Set<String> acronyms = new HashSet<>();
        MatchStarts acronym = new MatchStarts(ACRONYM, text, 'A', 'Z');
        while (acronym.find()) {
            acronyms.add(acronym.matcher().group());
        }
        Set<String> numbers = NumberReader.read(text);
        List<String> numberFeatures = new ArrayList<>(numbers.size());
        numbers.forEach(n -> numberFeatures.add("#:" + n));
        return new TextReading(spans.size(), SharedList.ofShared(order), SortedStrings.ofShared(names),
                SortedStrings.ofShared(places), SortedStrings.ofShared(skeletons), SortedStrings.of(spelled),
                SortedStrings.of(acronyms),
                SortedStrings.of(DateReader.read(text)), SortedStrings.of(numbers), SharedList.of(numberFeatures),
                SortedCounts.ofShared(words.terms()), lead.build(text, spans),
                runs == null ? NameRuns.Evidence.NONE : runs.evidence(), sentences(text), opensWithName);
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

    /** A place name ending before word {@code end}, and the place. */
    private record PlaceSpan(int end, WordFacts.Place place) {
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
     * York", "北朝鮮" which segmentation may cut in two); null when none starts there. The word alone, when it is
     * written as read ({@code word}, with its {@code facts}), is known by its facts; other phrases of cased scripts
     * are looked up once per article, in {@code placeOfPhrase}.
     */
    private static PlaceSpan place(String text, List<int[]> spans, int t, String word, WordFacts facts,
                                   Map<String, Optional<WordFacts.Place>> placeOfPhrase) {
        int first = text.codePointAt(spans.get(t)[0]);
        if (Character.isLowerCase(first)) {
            return null; // in cased scripts a place name is capitalised: most words end here, before any lookup
        }
        boolean cased = Character.isUpperCase(first);
        for (int last = Math.min(spans.size(), t + MAX_PLACE_WORDS) - 1; last >= t; last--) {
            if (last > t && !joined(text, spans, t, last, cased)) {
                continue;
            }
            int end = spans.get(last)[1];
            if (last == t && end - spans.get(t)[0] == word.length()) {
                WordFacts.Place alone = facts.place();
                return alone == null ? null : new PlaceSpan(t + 1, alone);
            }
            String phrase = text.substring(spans.get(t)[0], end);
            // Where case says nothing of names, a phrase is found by its letters alone, at once; kept in the memo,
            // such phrases (any run of two or three words of a Chinese or Japanese text) pushed the names out of it.
            Optional<WordFacts.Place> place = cased ? placeOfPhrase.computeIfAbsent(phrase, PHRASES::get)
                    : WordFacts.Place.of(phrase);
            if (place.isPresent()) {
                return new PlaceSpan(last + 1, place.get());
            }
        }
        return null;
    }

    /**
     * Whether words t..last can form one name: in cased scripts ({@code cased}, word t's) separated by single spaces
     * and hyphens, with the last word capitalised like the first; in scripts without spaces, written together.
     */
    private static boolean joined(String text, List<int[]> spans, int t, int last, boolean cased) {
        for (int k = t; k < last; k++) {
            int gap = spans.get(k)[1];
            int length = spans.get(k + 1)[0] - gap;
            if (cased ? length != 1 || text.charAt(gap) != ' ' && text.charAt(gap) != '-' : length != 0) {
                return false;
            }
        }
        return !cased || Character.isUpperCase(text.codePointAt(spans.get(last)[0]));
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
    static boolean isCased(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLowerCase(c);
    }

    static boolean isKatakana(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.KATAKANA && c != '\u30FC' && c != '\u30FB') {
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

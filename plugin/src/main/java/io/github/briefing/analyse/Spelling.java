package io.github.briefing.analyse;

import com.ibm.icu.text.Transliterator;
import io.github.briefing.describe.Article;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An article's headline and first paragraph as the Latin letters their words are spelled with: every word of four
 * letters or more, transliterated (ICU {@code Any-Latin; Latin-ASCII}), in lowercase, one space between words.
 * The match stage compares openings by the letter runs of these words, in any two languages that share roots and
 * names; transliterating is per article, so it is done here, once, and kept in the article cache.
 *
 * @param headline the headline's words (empty without a headline)
 * @param lead     the first paragraph's words
 */
public record Spelling(String headline, String lead) {

    /** Shorter words are mostly function words (the, der, и, في) and say nothing about a story. */
    static final int MIN_WORD = 4;
    /** The spelling of an article without a headline or text. */
    static final Spelling NONE = new Spelling("", "");

    /**
     * Transliteration costs 15-100 microseconds a word, and words recur from article to article: each word is
     * transliterated once, up to this many distinct words (a few tens of megabytes).
     */
    static final int CACHED_WORDS = 200_000;
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> LATIN = new ConcurrentHashMap<>();
    /** A transliterator per script and thread: naming the script is several times faster than {@code Any-Latin}. */
    private static final ThreadLocal<Map<Character.UnicodeScript, Transliterator>> TO_LATIN =
            ThreadLocal.withInitial(() -> new EnumMap<>(Character.UnicodeScript.class));

    public static Spelling of(Article article) {
        return of(article, lead(article.paragraphs()));
    }

    /** The article's spelling, its first paragraph's ({@link #lead}) given, as kept for a body copies share. */
    static Spelling of(Article article, String lead) {
        return new Spelling(words(article.title() == null ? "" : article.title()), lead);
    }

    /** The words of a body's first paragraph. */
    static String lead(List<String> paragraphs) {
        return words(paragraphs.isEmpty() ? "" : paragraphs.get(0));
    }

    /** The text's words of {@link #MIN_WORD} letters or more in lowercase Latin letters, one space between them. */
    public static String words(String text) {
        StringBuilder words = new StringBuilder();
        int start = -1;
        for (int k = 0; k <= text.length(); ) {
            int c = k < text.length() ? text.codePointAt(k) : ' ';
            boolean inWord = Character.isLetterOrDigit(c);
            if (inWord && start < 0) {
                start = k;
            } else if (!inWord && start >= 0) {
                addWord(text.substring(start, k), words);
                start = -1;
            }
            k += Character.charCount(c);
        }
        return words.toString();
    }

    private static void addWord(String word, StringBuilder words) {
        boolean ascii = NameKey.isAscii(word); // a loop: a stream per word of every lead cost more than the test
        if (ascii && word.length() < MIN_WORD) {
            return;
        }
        String latin = (ascii ? word : latin(word)).toLowerCase(Locale.ROOT);
        // Transliteration may turn one token into several words (Chinese runs become syllables); an ASCII word is one.
        for (String part : ascii ? new String[] {latin} : NOT_ALPHANUMERIC.split(latin)) {
            if (part.length() >= MIN_WORD) {
                words.append(words.isEmpty() ? "" : " ").append(part);
            }
        }
    }

    private static String latin(String word) {
        String ascii = LatinLetters.ascii(word);
        if (ascii != null) {
            return ascii; // what the Latin script's transliterator gives, cheaper than looking it up
        }
        String cached = LATIN.get(word);
        if (cached == null) {
            cached = BuilderText.transliterated(transliterator(word), word);
            if (LATIN.size() < CACHED_WORDS) {
                LATIN.put(word, cached);
            }
        }
        return cached;
    }

    /** The transliterator for the script of the word's first letter outside ASCII; any script for a mixed word. */
    private static Transliterator transliterator(String word) {
        Character.UnicodeScript script = word.codePoints().filter(c -> c >= 128).mapToObj(Character.UnicodeScript::of)
                .findFirst().orElse(Character.UnicodeScript.LATIN);
        boolean oneScript = word.codePoints().allMatch(c -> c < 128 || Character.UnicodeScript.of(c) == script
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.COMMON);
        return TO_LATIN.get().computeIfAbsent(oneScript ? script : Character.UnicodeScript.UNKNOWN, s -> {
            String id = s == Character.UnicodeScript.LATIN ? "Latin-ASCII" : s.name() + "-Latin; Latin-ASCII";
            try {
                return Transliterator.getInstance(id);
            } catch (IllegalArgumentException unknown) { // ICU has no such script-to-Latin rules
                return Transliterator.getInstance("Any-Latin; Latin-ASCII");
            }
        });
    }
}

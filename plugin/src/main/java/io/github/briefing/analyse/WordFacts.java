package io.github.briefing.analyse;

import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the analyse stage reads from a word on its own, whatever the text around it: its {@link #term} and
 * {@link #loanword} skeleton, their lead features, the place it names alone, and, where it can be one, its key as a
 * name; each as the shared strings articles keep. An article's reading looks each of its distinct words up once in
 * a memo of these ({@link AnchorExtractor}): the word's term, place, name key and skeleton each took a look-up of
 * their own in a large table, per article, and their features one more each in {@link SharedStrings}, mostly
 * missing the processor's caches. Most words met are met for the first time in a build, so what only some of them
 * need (a lead feature, a place, a name) is made at the first call that needs it; a race between threads makes it
 * twice, alike.
 */
final class WordFacts {

    /** A word's first letters stand for it in terms: a crude stemmer that works in any cased language. */
    static final int TERM_PREFIX = 5;
    /** Shorter Latin words have too few consonants to meet a borrowed spelling by more than chance. */
    private static final int MIN_LOANWORD = 5;
    /** Shorter capitalised words are mostly particles and initials, and shorter keys say too little. */
    static final int MIN_NAME = 3;

    private final String word;
    /** The word's term ({@link #term}), a shared string. */
    private final String term;
    /** Its consonant skeleton as a term ({@code ~}), a shared string; null for a word not borrowed across scripts. */
    private final String loanword;
    /** Whether it is katakana, where a name is a name wherever it stands (the script has no capitals). */
    private final boolean katakana;
    /** Whether it is written as a name is, but for where it stands (after a sentence's end it need not be one). */
    private final boolean namelike;
    /** Its {@link NameKey#skeleton skeleton}, where made for the loanword, for its name; null where not made. */
    private final String skeleton;
    private String leadTerm;
    private String leadLoanword;
    private Optional<Place> place;
    private Optional<Name> name;
    private String key;

    private WordFacts(String word) {
        this.word = word;
        this.term = SharedStrings.of(term(word));
        this.katakana = AnchorExtractor.isKatakana(word);
        this.skeleton = katakana || AnchorExtractor.isCased(word) && word.length() >= MIN_LOANWORD
                && NameKey.isLatin(word) ? NameKey.skeleton(word) : null;
        this.loanword = skeleton == null || skeleton.isEmpty() ? null : SharedStrings.of("~" + skeleton);
        this.namelike = katakana ? word.codePointCount(0, word.length()) >= 2
                : AnchorExtractor.isCased(word) && Character.isUpperCase(word.codePointAt(0))
                        && word.length() >= MIN_NAME && !isAllCaps(word);
    }

    /**
     * A place a word or phrase names.
     *
     * @param code    its country (ISO 3166), a shared string
     * @param feature the anchor feature of the place ({@code p:}), a shared string
     */
    record Place(String code, String feature) {

        /**
         * The place a word or phrase names: fuzzily in cased scripts (Kolombia), exactly where case says nothing of
         * names.
         */
        static Optional<Place> of(String phrase) {
            return of(phrase, () -> NameKey.ofPhrase(phrase));
        }

        /** As {@link #of(String)}, for a phrase whose {@link NameKey#of key} {@code key} gives, when it is asked. */
        private static Optional<Place> of(String phrase, Supplier<String> key) {
            PlaceNames gazetteer = PlaceNames.get();
            Optional<String> code;
            if (!AnchorExtractor.isCased(phrase)) {
                code = gazetteer.exact(phrase);
            } else if (!Character.isUpperCase(phrase.codePointAt(0))) {
                code = Optional.empty();
            } else {
                code = gazetteer.codeOrDerived(phrase, key.get());
            }
            return code.map(c -> new Place(SharedStrings.of(c), SharedStrings.of("p:" + c)));
        }
    }

    /**
     * A word as a name.
     *
     * @param key      its {@link NameKey#of key}, a shared string, of {@link #MIN_NAME} letters or more
     * @param feature  the key as an anchor feature ({@code n:}), a shared string
     * @param skeleton its {@link NameKey#skeleton skeleton}, a shared string (empty when too short)
     */
    record Name(String key, String feature, String skeleton) {
    }

    static WordFacts of(String word) {
        return new WordFacts(word);
    }

    /** The place the word names on its own, or null. */
    Place place() {
        if (place == null) {
            place = Place.of(word, this::key);
        }
        return place.orElse(null);
    }

    /**
     * Whether the word may be a name where it stands: katakana anywhere, a capitalised word where it does not open a
     * sentence ({@code opensSentence}, asked only then).
     */
    boolean mayBeName(BooleanSupplier opensSentence) {
        return namelike && (katakana || !opensSentence.getAsBoolean());
    }

    /** The word as a name, where {@link #mayBeName} says it can be one; null for a month, a weekday or a short key. */
    Name name() {
        if (name == null) {
            Name made = null;
            String key = key();
            if ((katakana || !CalendarNames.get().isCalendarWord(word)) && key.length() >= MIN_NAME) {
                key = SharedStrings.of(key);
                made = new Name(key, SharedStrings.of("n:" + key),
                        SharedStrings.of(skeleton != null ? skeleton : NameKey.skeleton(word)));
            }
            name = Optional.ofNullable(made);
        }
        return name.orElse(null);
    }

    /** The word's {@link NameKey#of key}, asked of the memo of keys once for its place and its name. */
    private String key() {
        if (key == null) {
            key = NameKey.of(word);
        }
        return key;
    }

    /**
     * Adds the word's terms to a text's: {@code counted} occurrences count its term and its loanword skeleton,
     * {@code termOnly} more its term alone (as the further words of a place's name: the place stands for them).
     */
    void addTerms(Map<String, Integer> terms, int counted, int termOnly) {
        terms.merge(term, counted + termOnly, Integer::sum);
        if (loanword != null && counted > 0) {
            terms.merge(loanword, counted, Integer::sum);
        }
    }

    /** An occurrence in a text's lead at word {@code at}: its term's and loanword's features. */
    void lead(LeadWords.Builder lead, int at) {
        leadTerm(lead, at);
        if (loanword != null) {
            if (leadLoanword == null) {
                leadLoanword = SharedStrings.of("w:" + loanword);
            }
            lead.count(leadLoanword, at);
        }
    }

    /** An occurrence in a lead that counts its term alone. */
    void leadTerm(LeadWords.Builder lead, int at) {
        if (leadTerm == null) {
            leadTerm = SharedStrings.of("w:" + term);
        }
        lead.count(leadTerm, at);
    }

    /**
     * A word's first letters, spelled so that cognates meet across languages that write one script: accents off,
     * and the letters languages spell one sound with folded (inflation ~ inflasi, economy ~ ekonomi).
     */
    static String term(String word) {
        if (!AnchorExtractor.isCased(word)) {
            return word;
        }
        String lower = NameKey.spelling(word);
        int cut = lower.offsetByCodePoints(0, Math.min(TERM_PREFIX, lower.codePointCount(0, lower.length())));
        return lower.substring(0, cut);
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
}

package io.github.briefing.analyse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country and major city names in every language CLDR knows, each mapped to one ISO 3166 country code: "Kolombia",
 * "Colombia", "Kolumbien", "Колумбия" and "コロンビア" are all CO. Cities come from CLDR's exemplar cities of time
 * zones (Caracas, Bogotá), which cover the capitals and largest cities of the world.
 * <p>
 * The names are read from a table in the jar, made from ICU4J's CLDR data by the test class {@code CldrPlaceNames}
 * (a test fails when the table is not what the ICU4J in use makes, and says how to make it again): asking CLDR for
 * 43 languages' names and folding them took seconds at the start of every build, longer than a small build's work.
 */
public final class PlaceNames {

    /** The languages whose names are loaded: the major news languages of the world. */
    public static final String[] LANGUAGES = {"en", "fr", "de", "es", "pt", "it", "nl", "id", "ms", "tr", "pl",
        "cs", "sk", "hu", "ro", "hr", "sl", "sv", "da", "no", "fi", "is", "et", "lv", "lt", "ru", "uk", "bg", "sr",
        "el", "ar", "fa", "he", "hi", "bn", "ur", "ja", "zh", "ko", "th", "vi", "sw", "tl"};
    /**
     * Lines {@code name<TAB>lower-cased name<TAB>code}, {@code key<TAB>name key<TAB>code<TAB>letters} for names of one
     * word (with the letters of the shortest name that has the key) and {@code phrase<TAB>name key<TAB>code} for
     * names of several.
     */
    public static final String TABLE = "place-names.tsv";
    private static final PlaceNames INSTANCE = new PlaceNames();
    /**
     * Names by key, apart by how many words they have: a key drops spaces, so that of a name of several words may be
     * an ordinary word's (St. Helena ~ Stellen).
     */
    private final Map<String, String> byKey = new HashMap<>();
    /** The letters of the shortest name of one word that has the key. */
    private final Map<String, Integer> shortest = new HashMap<>();
    private final Map<String, String> byPhraseKey = new HashMap<>();
    private final Map<String, String> bySurface = new HashMap<>();

    private PlaceNames() {
        try (InputStream table = PlaceNames.class.getResourceAsStream(TABLE)) {
            if (table == null) {
                throw new IllegalStateException(TABLE + " is missing from the plugin jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(table, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                Map<String, String> names = fields[0].equals("key") ? byKey
                        : fields[0].equals("phrase") ? byPhraseKey : bySurface;
                names.put(fields[1], fields[2]);
                if (fields.length > 3) {
                    shortest.put(fields[1], Integer.parseInt(fields[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE + " from the plugin jar", e);
        }
    }

    public static PlaceNames get() {
        return INSTANCE;
    }

    /**
     * The country of a place name written in any language, if it is one: as CLDR writes it, or spelled alike as a
     * name of as many words.
     */
    public Optional<String> code(String name) {
        Optional<String> exact = exact(name);
        return exact.isPresent() ? exact : Optional.ofNullable(spelledAlike(name, NameKey.of(name)));
    }

    /**
     * As {@link #code(String)} and then {@link #codeOfDerivedWord(String)}, for a name whose {@link NameKey#of key}
     * is known: both look it up, and a word is tried as both.
     */
    Optional<String> codeOrDerived(String name, String key) {
        Optional<String> exact = exact(name);
        if (exact.isPresent()) {
            return exact;
        }
        String code = spelledAlike(name, key);
        return code != null ? Optional.of(code) : derived(key, keys(name));
    }

    /**
     * The country of a name whose key is a place's, or null. A word is such a name only when it is as long as the
     * shortest name that has the key: an inflection or another spelling of a name adds letters or swaps them
     * (Polsce, Íslandi, Москве, Kolumbia), while the words that only share a key with a place are mostly shorter
     * names and words (George ~ Georgia, Roman ~ Romania, Frank ~ France, Cameron ~ Cameroon).
     */
    private String spelledAlike(String name, String key) {
        if (isPhrase(name)) {
            return byPhraseKey.get(key);
        }
        Integer letters = shortest.get(key);
        return letters == null || name.codePointCount(0, name.length()) < letters ? null : byKey.get(key);
    }

    /** The country of a place name written exactly as CLDR writes it, in any loaded language. */
    public Optional<String> exact(String name) {
        return Optional.ofNullable(bySurface.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The country of a demonym-like word ("Venezuelan", "Colombian"): a country name and a short suffix. */
    public Optional<String> codeOfDerivedWord(String word) {
        return derived(NameKey.of(word), keys(word));
    }

    private static Optional<String> derived(String key, Map<String, String> keys) {
        for (int cut = 1; cut <= 3 && key.length() - cut >= 5; cut++) {
            String code = keys.get(key.substring(0, key.length() - cut));
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private Map<String, String> keys(String name) {
        return isPhrase(name) ? byPhraseKey : byKey;
    }

    /** Whether a name has several words ("St. Helena", "Guinea-Bissau"). */
    static boolean isPhrase(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011') {
                return true;
            }
        }
        return false;
    }
}

package io.github.briefing.analyse;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country and major city names in every language CLDR knows, each mapped to one ISO 3166 country code: "Kolombia",
 * "Colombia", "Kolumbien", "Колумбия" and "コロンビア" are all CO. Cities come from CLDR's exemplar cities of time
 * zones (Caracas, Bogotá), which cover the capitals and largest cities of the world.
 */
public final class PlaceNames {

    /** The languages whose names are loaded: the major news languages of the world. */
    static final String[] LANGUAGES = {"en", "fr", "de", "es", "pt", "it", "nl", "id", "ms", "tr", "pl",
        "cs", "sk", "hu", "ro", "hr", "sl", "sv", "da", "no", "fi", "is", "et", "lv", "lt", "ru", "uk", "bg", "sr",
        "el", "ar", "fa", "he", "hi", "bn", "ur", "ja", "zh", "ko", "th", "vi", "sw", "tl"};
    private static final PlaceNames INSTANCE = new PlaceNames();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> bySurface = new HashMap<>();

    private PlaceNames() {
        for (String language : LANGUAGES) {
            ULocale locale = new ULocale(language);
            for (String code : Locale.getISOCountries()) {
                add(new ULocale("", code).getDisplayCountry(locale), code);
            }
            TimeZoneNames zoneNames = TimeZoneNames.getInstance(locale);
            for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                String region = TimeZone.getRegion(zone);
                String city = zoneNames.getExemplarLocationName(zone);
                if (city != null && region != null && !"001".equals(region)) {
                    add(city, region);
                }
            }
        }
    }

    public static PlaceNames get() {
        return INSTANCE;
    }

    private void add(String name, String code) {
        if (name == null || name.isBlank() || name.equals(code)) {
            return;
        }
        bySurface.putIfAbsent(name.toLowerCase(Locale.ROOT), code);
        if (!isInflectedAlphabet(name)) {
            return;
        }
        String key = NameKey.of(name);
        // Short keys collide with ordinary words across languages; only distinctive ones are fuzzy.
        if (key.length() >= 4) {
            byKey.putIfAbsent(key, code);
        }
    }

    /**
     * Names in the Latin, Cyrillic and Greek alphabets are inflected and spelled variously (Kolumbii, Kolombia), so
     * they are also looked up by {@link NameKey}; other scripts are looked up as written (and transliterating all
     * of them would take seconds).
     */
    private static boolean isInflectedAlphabet(String name) {
        Character.UnicodeScript script = Character.UnicodeScript.of(name.codePointAt(0));
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.GREEK;
    }

    /** The country of a place name written in any language, if it is one. */
    public Optional<String> code(String name) {
        Optional<String> exact = exact(name);
        return exact.isPresent() ? exact : Optional.ofNullable(byKey.get(NameKey.of(name)));
    }

    /** The country of a place name written exactly as CLDR writes it, in any loaded language. */
    public Optional<String> exact(String name) {
        return Optional.ofNullable(bySurface.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The country of a demonym-like word ("Venezuelan", "Colombian"): a country name and a short suffix. */
    public Optional<String> codeOfDerivedWord(String word) {
        String key = NameKey.of(word);
        for (int cut = 1; cut <= 3 && key.length() - cut >= 5; cut++) {
            String code = byKey.get(key.substring(0, key.length() - cut));
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}

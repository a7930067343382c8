package io.github.briefing.analyse;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes the {@link PlaceNames} table from ICU4J's CLDR data: country names (with CLDR's variant and short names, as
 * news still writes "Turkey" and "Bosnia") and the exemplar cities of time zones in each of
 * {@link PlaceNames#LANGUAGES}, the first language to name a place winning. Run it after upgrading ICU4J or
 * changing {@link NameKey} or how the table is made: {@code java -cp plugin/target/classes:plugin/target/test-classes:DEPS
 * io.github.briefing.analyse.CldrPlaceNames plugin/src/main/resources/io/github/briefing/analyse/place-names.tsv}.
 */
public final class CldrPlaceNames {

    /**
     * Short keys collide with ordinary words and names across languages (Bruno ~ Brunei, Kong ~ Kongo, Paskah ~
     * Pascua): only distinctive ones are fuzzy.
     */
    private static final int MIN_KEY = 5;
    /** Tables of CLDR's other names of countries. */
    private static final List<String> OTHER_NAMES = List.of("Countries%variant");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final Map<String, String> byKey = new HashMap<>();
    /** The letters of the shortest name of a word's key's place that has the key. */
    private final Map<String, Integer> shortest = new HashMap<>();
    private final Map<String, String> byPhraseKey = new HashMap<>();
    private final Map<String, String> bySurface = new HashMap<>();

    private CldrPlaceNames() {
        for (String language : PlaceNames.LANGUAGES) {
            ULocale locale = new ULocale(language);
            for (String code : Locale.getISOCountries()) {
                add(new ULocale("", code).getDisplayCountry(locale), code);
            }
            addOtherNames(locale);
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

    /** The table's lines, in order. */
    static List<String> table() {
        CldrPlaceNames names = new CldrPlaceNames();
        List<String> lines = new ArrayList<>();
        new TreeMap<>(names.bySurface).forEach((name, code) -> lines.add("name\t" + name + "\t" + code));
        new TreeMap<>(names.byKey).forEach((key, code) -> lines.add("key\t" + key + "\t" + code + "\t"
                + names.shortest.get(key)));
        new TreeMap<>(names.byPhraseKey).forEach((key, code) -> lines.add("phrase\t" + key + "\t" + code));
        return lines;
    }

    private void addOtherNames(ULocale locale) {
        UResourceBundle region = UResourceBundle.getBundleInstance(ICUData.ICU_REGION_BASE_NAME, locale);
        for (String table : OTHER_NAMES) {
            UResourceBundle names = optional(region, table);
            for (int i = 0; names != null && i < names.getSize(); i++) {
                String name = names.get(i).getString();
                String code = names.get(i).getKey();
                if (COUNTRIES.contains(code) && isPlainName(name, code)) {
                    add(name, code);
                }
            }
        }
    }

    private static UResourceBundle optional(UResourceBundle bundle, String key) {
        try {
            return bundle.get(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /**
     * A name written in letters alone, as a country's standard name is: not an acronym (US, UK: looked up in lower
     * case, they would be words), an abbreviation ("R.-U.", "U.S."), an explained name ("Congo (DRC)", "Aotearoa,
     * New Zealand") or a placeholder of the data ("TR-variant").
     */
    private static boolean isPlainName(String name, String code) {
        return name.codePointCount(0, name.length()) > 3 && !name.startsWith(code + "-")
                && name.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == ' ' || c == '-' || c == '\'' || c == '\u2019');
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
        if (key.length() < MIN_KEY) {
            return;
        }
        if (PlaceNames.isPhrase(name)) {
            byPhraseKey.putIfAbsent(key, code);
        } else if (byKey.putIfAbsent(key, code) == null || byKey.get(key).equals(code)) {
            shortest.merge(key, name.codePointCount(0, name.length()), Math::min);
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

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), table(), StandardCharsets.UTF_8);
    }
}

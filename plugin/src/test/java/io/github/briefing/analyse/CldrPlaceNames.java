package io.github.briefing.analyse;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the {@link PlaceNames} table from ICU4J's CLDR data: country names and the exemplar cities of time zones in
 * each of {@link PlaceNames#LANGUAGES}, the first language to name a place winning. Run it after upgrading ICU4J or
 * changing {@link NameKey} or how the table is made: {@code java -cp plugin/target/classes:plugin/target/test-classes:DEPS
 * io.github.briefing.analyse.CldrPlaceNames plugin/src/main/resources/io/github/briefing/analyse/place-names.tsv}.
 */
public final class CldrPlaceNames {

    /** Short keys collide with ordinary words across languages; only distinctive ones are fuzzy. */
    private static final int MIN_KEY = 4;

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> byPhraseKey = new HashMap<>();
    private final Map<String, String> bySurface = new HashMap<>();

    private CldrPlaceNames() {
        for (String language : PlaceNames.LANGUAGES) {
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

    /** The table's lines, in order. */
    static List<String> table() {
        CldrPlaceNames names = new CldrPlaceNames();
        List<String> lines = new ArrayList<>();
        new TreeMap<>(names.bySurface).forEach((name, code) -> lines.add("name\t" + name + "\t" + code));
        new TreeMap<>(names.byKey).forEach((key, code) -> lines.add("key\t" + key + "\t" + code));
        new TreeMap<>(names.byPhraseKey).forEach((key, code) -> lines.add("phrase\t" + key + "\t" + code));
        return lines;
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
        if (key.length() >= MIN_KEY) {
            (PlaceNames.isPhrase(name) ? byPhraseKey : byKey).putIfAbsent(key, code);
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

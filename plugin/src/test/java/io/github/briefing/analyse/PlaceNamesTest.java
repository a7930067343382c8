package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceNamesTest {

    @Test
    void theShippedTableIsWhatTheCldrDataInUseMakes() throws IOException {
        List<String> shipped;
        try (BufferedReader table = new BufferedReader(new InputStreamReader(
                PlaceNames.class.getResourceAsStream(PlaceNames.TABLE), StandardCharsets.UTF_8))) {
            shipped = table.lines().toList();
        }
        assertEquals(CldrPlaceNames.table(), shipped, PlaceNames.TABLE + " is out of date (ICU4J or NameKey "
                + "changed): make it again with CldrPlaceNames, as its comment says");
    }

    @Test
    void namesAPlaceInAnyLanguageAndSpelling() {
        PlaceNames places = PlaceNames.get();
        assertEquals(Optional.of("DE"), places.code("Deutschland"));
        assertEquals(Optional.of("DE"), places.code("Германия"));
        assertEquals(Optional.of("JP"), places.code("日本"));
        assertEquals(Optional.of("PE"), places.code("Perú"));
        assertEquals(Optional.of("FR"), places.codeOfDerivedWord("Frankreichs"));
        assertEquals(Optional.empty(), places.code("Tuesday"));
    }

    @Test
    void aNameOfSeveralWordsIsSpelledAlikeOnlyBySeveralWords() {
        PlaceNames places = PlaceNames.get();
        assertEquals(Optional.of("SH"), places.code("St. Helena"));
        assertEquals(NameKey.of("St. Helena"), NameKey.of("Stellen"), "one key, without its space");
        assertEquals(Optional.empty(), places.code("Stellen"));
        assertEquals(Optional.of("GW"), places.code("Guinea Bissau"));
        assertEquals(Optional.of("KR"), places.codeOfDerivedWord("South Korean"));
    }

    @Test
    void aCountryIsKnownByTheOtherNameCldrGivesIt() {
        PlaceNames places = PlaceNames.get();
        assertEquals(Optional.of("TR"), places.code("Turkey"), "CLDR's English name is now Türkiye");
        assertEquals(Optional.of("CI"), places.code("Pantai Gading"));
        assertEquals(Optional.of("CZ"), places.code("Czech Republic"));
    }

    @Test
    void aNameWithItsKeyGivenIsAPlaceOrDerivedFromOneAsWithout() {
        PlaceNames places = PlaceNames.get();
        List<String> names = List.of("Deutschland", "Frankreichs", "Venezuelan", "Venezuela's", "South Korean",
                "St. Helena", "Stellen", "Guinea-Bissau", "Kolumbii", "Tuesday", "Bruno", "Германия", "Германии",
                "日本", "Nicolás Maduro");
        for (String name : names) {
            assertEquals(places.code(name).or(() -> places.codeOfDerivedWord(name)),
                    places.codeOrDerived(name, NameKey.ofPhrase(name)), name);
            assertEquals(NameKey.of(name), NameKey.ofPhrase(name), name);
        }
        assertEquals(Optional.of("VE"), places.codeOrDerived("Venezuelan", NameKey.of("Venezuelan")));
        assertEquals(Optional.empty(), places.codeOrDerived("Venezuelan", NameKey.of("Tuesday")),
                "the key given is the one looked up");
    }

    @Test
    void aWordShorterThanEveryNameWithItsKeyIsNoPlace() {
        PlaceNames places = PlaceNames.get();
        assertEquals(NameKey.of("Georgia"), NameKey.of("George"), "one key");
        assertEquals(Optional.of("GE"), places.code("Georgia"));
        assertEquals(Optional.empty(), places.code("George"), "a first name");
        assertEquals(NameKey.of("France"), NameKey.of("Frank"), "one key");
        assertEquals(Optional.empty(), places.code("Frank"));
        assertEquals(Optional.empty(), places.codeOrDerived("Frank", NameKey.of("Frank")));
        assertEquals(Optional.of("IS"), places.code("Íslandi"), "an inflection adds letters: in Iceland");
        assertEquals(Optional.of("PL"), places.code("Warszawie"), "in Warsaw");
    }

    @Test
    void aShortKeyIsNoPlaceUnlessSpelledAsCldrWritesIt() {
        PlaceNames places = PlaceNames.get();
        assertEquals(NameKey.of("Brunei"), NameKey.of("Bruno"), "one key of four letters");
        assertEquals(Optional.empty(), places.code("Bruno"));
        assertEquals(Optional.of("BN"), places.code("Brunei"));
        assertEquals(Optional.empty(), places.code("Paskah"), "Easter in Indonesian");
        assertEquals(Optional.of("CO"), places.code("Kolumbii"), "a longer key still finds a spelling CLDR lacks");
    }
}

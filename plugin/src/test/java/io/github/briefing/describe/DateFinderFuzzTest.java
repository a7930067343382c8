package io.github.briefing.describe;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any text in any language: dates found are real dates at real places in the text, and nothing throws. */
class DateFinderFuzzTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "id", "ru", "ja", "ar", "tr", "pl", "is");

    @FuzzTest(maxDuration = "30s")
    void datesAreFoundWhereTheTextWritesThem(FuzzedDataProvider data) {
        String lang = data.pickValue(LANGUAGES);
        String text = data.consumeRemainingAsString();
        for (DateFinder.Found found : DateFinder.find(text, lang)) {
            assertTrue(found.start() >= 0 && found.end() <= text.length() && found.start() < found.end(), found.toString());
            assertTrue(found.date().getYear() >= 1850 && found.date().getYear() <= 2100, found.toString());
        }
    }
}

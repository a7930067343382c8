package io.github.briefing.analyse;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberWordsTest {

    private static Set<String> numbers(String lang, String text) {
        return Fixtures.analysed("x", lang, null, null, text).anchors().spelled();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | Economists divide it into four types. | 4",
        "id | Para ekonom membaginya menjadi empat jenis. | 4",
        "de | Ökonomen teilen sie in vier Arten ein. | 4",
        "ru | Экономисты делят её на четыре типа. | 4",
        "fr | Les économistes en distinguent quatre types. | 4",
        // ordinals, in every gender and case
        "en | The third form stresses savings. | 3",
        "id | Bentuk ketiga menekankan tabungan. | 3",
        "de | Die dritten Wahlen seit dem Krieg. | 3",
        "ru | Выборы третьего созыва. | 3",
        // numbers of several words are read whole
        "id | Ada dua belas sektor. | 12",
        "en | There were twenty sectors. | 20",
        "de | Es gab zwanzig Sektoren. | 20",
        "fr | Il y avait quatre-vingts députés. | 80",
        "id | Ada dua puluh sektor. | 20",
        // a scale word after a number word multiplies it
        "id | dana sebesar tiga juta dolar | 3000000",
        "en | a fund of three million dollars | 3000000"})
    void numbersWrittenAsWordsAreReadInManyLanguages(String lang, String text, String number) {
        assertEquals(Set.of(number), numbers(lang, text));
    }

    @Test
    void oneIsNoAnchorSinceItIsAlsoAnArticleOrPronoun() {
        assertTrue(numbers("en", "One of them came first.").isEmpty());
        assertTrue(numbers("de", "Ein Mann kam.").isEmpty());
        assertTrue(numbers("id", "Salah satu dari mereka.").isEmpty());
    }

    @Test
    void wordsAreReadInTheArticlesLanguageOnly() {
        // "once" is eleven in Spanish, "elf" eleven in German.
        assertTrue(numbers("en", "He came once and saw an elf.").isEmpty());
        assertEquals(Set.of("11"), numbers("es", "Vinieron once personas."));
        assertTrue(numbers(null, "four types").isEmpty());
    }

    @Test
    void numeralsInsideWordsOfScriptsWithoutSpacesAreNotRead() {
        assertTrue(numbers("ja", "統一された一部の地域").isEmpty());
    }

    @Test
    void numbersInWordsAreKeptApartFromNumbersInDigits() {
        Anchors anchors = Fixtures.analysed("x", "en", null, null, "Three ministers met 3 envoys.").anchors();
        assertEquals(Set.of("3"), anchors.spelled());
        assertEquals(Set.of("3"), anchors.numbers());
        assertTrue(Fixtures.analysed("x", "en", null, null, "They met 3 envoys.").anchors().spelled().isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"en", "id", "de", "fr", "ru", "es"})
    void everyNumberIcuSpellsIsReadBack(String lang) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(lang), RuleBasedNumberFormat.SPELLOUT);
        for (int n = 2; n <= 100; n += n < 20 ? 1 : 10) {
            String text = "Ada " + format.format(n) + " x.";
            assertTrue(numbers(lang, text).contains(Integer.toString(n)), text);
        }
    }
}

package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberReaderTest {

    @Test
    void thousandsSeparatorsOfAnyLocaleMeanOneNumber() {
        assertTrue(NumberReader.read("Rund 1.000 Besucher kamen.").contains("1000"));
        assertTrue(NumberReader.read("About 1,000 visitors came.").contains("1000"));
        assertTrue(NumberReader.read("Около 1 000 гостей.").contains("1000"));
        assertTrue(NumberReader.read("Sekitar 1000 pengunjung.").contains("1000"));
    }

    @Test
    void decimalCommaAndDecimalPointAgree() {
        assertTrue(NumberReader.read("ein Plus von 2,5 Prozent").contains("2.5"));
        assertTrue(NumberReader.read("a rise of 2.5 percent").contains("2.5"));
    }

    @Test
    void scaleWordsInManyLanguagesMultiply() {
        String expected = "3000000";
        assertTrue(NumberReader.read("dana sebesar 3 juta dolar").contains(expected));
        assertTrue(NumberReader.read("a fund of 3 million dollars").contains(expected));
        assertTrue(NumberReader.read("ein Fonds von 3 Millionen Dollar").contains(expected));
        assertTrue(NumberReader.read("фонд в 3 млн долларов").contains(expected));
        assertTrue(NumberReader.read("基金は300万ドル").contains(expected));
    }

    @Test
    void numbersRightAfterJapaneseOrChineseCharactersAreRead() {
        assertEquals("[12000, 3]", NumberReader.read("病院で12,000人が参加し、3つの薬").toString());
        assertTrue(NumberReader.read("参加者は１２０人").contains("120"), "full-width digits");
    }

    @Test
    void digitsInsideLatinWordsAreNoQuantities() {
        assertTrue(NumberReader.read("the A380 and COVID19").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"investasi Rp88 triliun | 88", "a loan of RM5 million | 5000000",
        "kostade 300kr | 300", "a cost of US$5 each | 5"})
    void currencySymbolsGluedToAFigureDoNotHideIt(String text, String number) {
        assertTrue(NumberReader.read(text).contains(number));
    }

    @Test
    void lettersBeforeAFigureThatAreNoCurrencyStillHideIt() {
        assertTrue(NumberReader.read("the G20 and the F1 race and the XRp5 code").isEmpty());
    }
}

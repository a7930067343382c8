package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineFeaturesTest {

    @Test
    void aGermanQuotationClosesASentence() {
        assertTrue(LineFeatures.endsLikeSentence("Der Bürgermeister sagte: \u201EWir bauen die Brücke neu.\u201C"));
        assertTrue(LineFeatures.endsLikeSentence("Elle a dit : \u00ABNous reconstruisons le pont.\u00BB"));
        assertFalse(LineFeatures.endsLikeSentence("A guide for new students\u2019"), "a possessive is no quotation");
    }

    @Test
    void aShortLineWithACopyrightOrACreditInBracketsIsACaption() {
        assertTrue(LineFeatures.isCaption("Crowds wait at the ferry pier before dawn. (Photo: Jane Roe/Harbour Press)"));
        assertTrue(LineFeatures.isCaption("The old bridge seen from the north shore \u00A9 Ana Ruiz"));
        assertFalse(LineFeatures.isCaption("Crowds wait at the ferry pier before dawn. (Published Monday, 12 March)"),
                "a date in brackets is a stamp");
        assertFalse(LineFeatures.isCaption("The council said the ferries would run every twenty minutes during the "
                + "closure, and that the fares would stay the same for everyone who travels to work or school across "
                + "the harbour each day. (Harbour Press)"), "a paragraph quoting its source");
    }

    @Test
    void aSentenceClosedByACreditAfterItsLabelIsACaption() {
        assertTrue(LineFeatures.isCaption("Crowds wait at the ferry pier before dawn. Photo: Jane Roe / Harbour Press"));
        assertTrue(LineFeatures.isCaption("Die Fähre legt am frühen Morgen ab. Foto: Ana Ruiz/dpa"));
        assertFalse(LineFeatures.isCaption("Photos: how the river rose"), "a headline after a label is no sentence");
        assertFalse(LineFeatures.isCaption("The ferry leaves at dawn. Photo editors chose the best shots of the week "
                + "for the gallery on the last page"), "a sentence goes on after the label's word");
    }

    @Test
    void theWordForByAloneIsABylineLabel() {
        assertTrue(LineFeatures.isBylineLabel("By"));
        assertTrue(LineFeatures.isBylineLabel("Von:"));
        assertFalse(LineFeatures.isBylineLabel("By the river"));
        assertFalse(LineFeatures.isBylineLabel("Bypass"));
    }

    @Test
    void printingOrSharingThePageIsAPrompt() {
        assertTrue(LineFeatures.isPrompt("Click to share on Mastodon (Opens in new window)"));
        assertTrue(LineFeatures.isPrompt("Artikel drucken"));
        assertTrue(LineFeatures.isPrompt("Print this story"));
        assertFalse(LineFeatures.isPrompt("Print shops close across the harbour"));
    }

    @Test
    void arrowsAreTakenOffAPromptsEndOnly() {
        assertTrue(LineFeatures.isPrompt("Share this article >>"));
        assertTrue(LineFeatures.isPrompt("Subscribe \u2192\u2192"));
        assertTrue(LineFeatures.isPrompt("Follow us on Mastodon \u203A"));
        assertFalse(LineFeatures.isPrompt("Share >> this article"));
    }

    @Test
    void aBreadcrumbsFirstStepHasAtMostFortyCharacters() {
        String step = "x".repeat(40);
        assertTrue(LineFeatures.isBreadcrumb(step + " > News > Harbour"));
        assertFalse(LineFeatures.isBreadcrumb(step + "x > News > Harbour"));
        assertTrue(LineFeatures.isBreadcrumb("  Home \u203A News \u203A Harbour  "));
        assertFalse(LineFeatures.isBreadcrumb("Home > News"));
    }

    @Test
    void aLongLineMostlyInLowerCaseWithoutAStopIsAnUnfinishedSentence() {
        assertTrue(LineFeatures.isLongUnfinishedSentence("the council said that the ferries would run every twenty "
                + "minutes during the closure and that fares would stay the same for all who cross the harbour"));
        assertFalse(LineFeatures.isLongUnfinishedSentence("Home News Sport Business Culture Opinion Travel Money Style "
                + "Health Science Weather Video Audio Podcasts Puzzles Crosswords Newsletters Events Jobs Archive"),
                "a menu");
        assertFalse(LineFeatures.isLongUnfinishedSentence("The ferries will run every twenty minutes during the "
                + "closure, the council said, and fares will stay the same for everyone who crosses the harbour."),
                "a finished sentence");
        assertFalse(LineFeatures.isLongUnfinishedSentence("the ferries will run every twenty minutes"), "too short");
    }

    /** The rules as whole-line patterns: the features must say what these say, however they find it out. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            ".*([.!?\u3002\uFF01\uFF1F\u0964\u061F:;\"\u201D\u00BB)\u2026]|[.!?\u2026][\u201C\u00AB\u2019'])$");
    private static final Pattern DATE_LINE = Pattern.compile(
            ".*(\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}).*");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^[^/|>\u203A\u00BB]{1,40}(\\s[/|>\u203A\u00BB]\\s[^/|>\u203A\u00BB]{1,120}){2,}$");

    @Test
    void quickChecksSayWhatTheWholeLinePatternsSay() {
        String[] parts = {"Home", " ", " / ", " > ", " \u00BB ", "News", "12:30", "2020-01-02", "3/4/21", ".", "!",
            "\u201C", "\u2019", "'", ")", "\n", "\r", "\u0085", "\u2028", "\u3002", "a", "Menu >>", "\u2192", "\u00A0"};
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int k = random.nextInt(7); k >= 0; k--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String s = line.toString();
            assertEquals(SENTENCE_END.matcher(s.strip()).matches(), LineFeatures.endsLikeSentence(s), s);
            assertEquals(DATE_LINE.matcher(s).matches(), LineFeatures.hasDateOrTime(s), s);
            assertEquals(BREADCRUMB.matcher(s.strip()).matches(), LineFeatures.isBreadcrumb(s), s);
        }
    }

    @Test
    void wordsAreCountedAsAPlainScanOfCodePointsCountsThem() {
        // Spaced and unspaced scripts, supplementary characters (a Han extension, an emoji), a lone surrogate.
        String[] parts = {"word", " ", "\t", "\u00A0", "\u3000", "\u65B0\u805E", "\u0E02\u0E48\u0E32\u0E27",
            "\u30CB\u30E5\u30FC\u30B9", "\uD840\uDC00", "\uD83D\uDE00", "\uD800", "\u0434\u0430", ".", "\n",
            " ".repeat(40)};
        Random random = new Random(12);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            // long lines too, whose count of a few words is first looked for at their start
            for (int k = random.nextInt(n % 2 == 0 ? 30 : 400); k >= 0; k--) {
                line.append(parts[random.nextInt(parts.length)]);
            }
            String s = line.toString();
            int expected = plainWordCount(s);
            assertEquals(expected, LineFeatures.words(s), s);
            int least = random.nextInt(expected + 3);
            assertEquals(expected >= least, LineFeatures.hasWords(s, least), s + " / " + least);
        }
    }

    @Test
    void aFewWordsLookedForAtTheLineStartDoNotSplitACharacter() {
        // A word, a Han character, spaces, then a Han character outside the BMP whose halves the 48th character parts:
        // read alone, its first half would count as a word of its own and make three.
        String line = "a \u65B0" + " ".repeat(44) + "\uD840\uDC00";
        assertEquals(2, LineFeatures.words(line));
        assertFalse(LineFeatures.hasWords(line, 3));
    }

    /** Words apart by white space; two characters of a script written without spaces count as one word. */
    private static int plainWordCount(String line) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int c : line.codePoints().toArray()) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI) {
                unspaced++;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return words + (unspaced + 1) / 2;
    }
}

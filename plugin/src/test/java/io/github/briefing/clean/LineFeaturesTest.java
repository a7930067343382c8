package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

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
}

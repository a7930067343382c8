package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnchorExtractorTest {

    private static Anchors anchors(String lang, String text) {
        return Fixtures.analysed("x", lang, null, null, text).anchors();
    }

    @Test
    void placeNamesInManyLanguagesAndScriptsMapToOneCountry() {
        assertTrue(anchors("en", "The river floods reached Peru again.").places().contains("PE"));
        assertTrue(anchors("de", "Die Fluten erreichten wieder Kolumbien.").places().contains("CO"));
        assertTrue(anchors("id", "Banjir kembali melanda Kolombia.").places().contains("CO"));
        assertTrue(anchors("ru", "Наводнение снова дошло до Колумбии.").places().contains("CO"));
        assertTrue(anchors("ja", "洪水は再びコロンビアに達した。").places().contains("CO"));
    }

    @Test
    void capitalisedWordsInsideASentenceAreNamesButWeekdaysAndSentenceOpenersAreNot() {
        Anchors a = anchors("en", "Officials said on Tuesday that Hernandez signed it. Yesterday was calm.");
        assertTrue(a.names().contains(NameKey.of("Hernandez")));
        assertFalse(a.names().contains(NameKey.of("Tuesday")));
        assertFalse(a.names().contains(NameKey.of("Yesterday")));
        assertFalse(a.names().contains(NameKey.of("Officials")));
    }

    @Test
    void katakanaWordsAreNamesInJapanese() {
        AnalysedArticle a = Fixtures.analysed("x", "ja", null, null, "会談でハリソン氏は合意した。");
        assertTrue(a.anchors().names().contains(NameKey.of("ハリソン")));
        assertTrue(a.skeletons().contains(NameKey.skeleton("Harrison")));
    }

    @Test
    void daysOfTheYearCompareAcrossLanguages() {
        for (String text : new String[] {"It happened on 18 March.", "It happened on March 18, officials said.",
            "Es geschah am 18. März.", "Это случилось 18 марта.", "それは3月18日に起きた。",
            "Hal itu terjadi pada 18 Maret."}) {
            assertTrue(anchors("xx", text).dates().contains("03-18"), text);
        }
    }

    @Test
    void theArticleDateAndIsoDatesAreAnchors() {
        Anchors a = Fixtures.analysed("x", "en", LocalDate.of(2021, 5, 4), null, "Filed 2021-05-03 in court.")
                .anchors();
        assertTrue(a.dates().containsAll(java.util.List.of("2021-05-04", "2021-05-03", "05-03")));
    }

    @Test
    void acronymsAndNumbersAreRead() {
        Anchors a = anchors("en", "The WHO counted 4,512 cases.");
        assertTrue(a.acronyms().contains("WHO"));
        assertEquals(java.util.Set.of("4512"), a.numbers());
    }

    @Test
    void acronymsAreReadInsideTextWrittenWithoutSpaces() {
        assertEquals(java.util.Set.of("EU", "NATO"), anchors("ja", "英国はEU離脱の後もNATOに残る。").acronyms());
        assertEquals(java.util.Set.of("WTO"), anchors("zh", "中国加入WTO以后").acronyms());
        assertEquals(java.util.Set.of("IMF"), anchors("ru", "Эксперты МВФ (IMF) ждут роста.").acronyms());
        assertTrue(anchors("en", "The OPECfund and xUN are not acronyms.").acronyms().isEmpty());
    }

    @Test
    void namesAreReadInReadingOrder() {
        AnalysedArticle a = Fixtures.analysed("x", "en", null, null, "Then Okafor met Lindqvist and 45 others.");
        assertEquals(java.util.List.of("n:" + NameKey.of("Okafor"), "n:" + NameKey.of("Lindqvist"), "#:45"),
                a.order());
    }

    @Test
    void placeNamesOfSeveralWordsAreOnePlaceAndNoNames() {
        AnalysedArticle a = Fixtures.analysed("x", "en", null, null,
                "Envoys of North Korea met officials from South Korea in New York on Monday.");
        assertTrue(a.anchors().places().containsAll(java.util.List.of("KP", "KR", "US")), a.anchors().toString());
        assertFalse(a.anchors().names().contains(NameKey.of("North")));
        assertFalse(a.anchors().names().contains(NameKey.of("Korea")));
        assertTrue(anchors("ja", "北朝鮮の代表団が到着した。").places().contains("KP"));
        assertTrue(anchors("fr", "La délégation de la Corée du Sud est arrivée.").places().contains("KR"));
    }

    @Test
    void cognatesShareTermsAcrossLanguagesOfOneScript() {
        java.util.Set<String> shared = sharedTerms("en", "Conventional economists describe inflation.",
                "id", "Para ekonom konvensional menjelaskan inflasi.");
        assertTrue(shared.size() >= 3, shared.toString());
    }

    @Test
    void loanwordsInKatakanaMeetTheirLatinSpelling() {
        java.util.Set<String> shared = sharedTerms("ja", "パンデミックで授業はオンラインになった。",
                "en", "The pandemic moved all classes online.");
        assertEquals(2, shared.size(), shared.toString());
    }

    private static java.util.Set<String> sharedTerms(String lang, String text, String otherLang, String other) {
        java.util.Set<String> shared = new java.util.HashSet<>(Fixtures.analysed("x", lang, null, null, text).terms().keySet());
        shared.retainAll(Fixtures.analysed("y", otherLang, null, null, other).terms().keySet());
        return shared;
    }

    private static String onlyTerm(String word) {
        return Fixtures.analysed("y", "en", null, null, word).terms().keySet().iterator().next();
    }

    @Test
    void termsCountHowOftenTheTextUsesThem() {
        AnalysedArticle a = Fixtures.analysed("x", "en", null, null,
                "The harvest failed. Farmers blame the harvest on rain, and the harvest price rose.");
        assertEquals(3, a.terms().get(onlyTerm("harvest")));
        assertEquals(1, a.terms().get(onlyTerm("farmers")));
    }

    @Test
    void theLeadHoldsTheHeadlineAndFirstWordsOnly() {
        String filler = "and then the committee spoke again ".repeat(AnchorExtractor.LEAD_WORDS / 6 + 1);
        AnalysedArticle a = Fixtures.analysed("x", "en", null, "Floods reach Peru",
                "Officials said floods cost Hernandez 4,250 homes " + filler + "while Lindqvist visited Chile.");
        assertTrue(a.lead().containsKey("p:PE"), a.lead().toString());
        assertTrue(a.lead().containsKey("n:" + NameKey.of("Hernandez")));
        assertTrue(a.lead().containsKey("#:4250"));
        assertEquals(2, a.lead().get("w:" + onlyTerm("floods")), "the headline's word again in the first sentence");
        assertFalse(a.lead().containsKey("n:" + NameKey.of("Lindqvist")));
        assertFalse(a.lead().containsKey("p:CL"));
        assertTrue(a.anchors().places().contains("CL"));
    }

    @Test
    void inGermanACapitalisedWordIsANounUnlessItStandsBesideAnother() {
        AnalysedArticle a = Fixtures.analysed("x", "de", null, null,
                "Gestern sagte Olaf Reinhold, dass der Prozess bald beginnt. Danach lobte Reinhold das Leben.");
        assertTrue(a.anchors().names().containsAll(java.util.List.of(NameKey.of("Olaf"), NameKey.of("Reinhold"))));
        assertTrue(a.anchors().nouns().containsAll(java.util.List.of(NameKey.of("Prozess"), NameKey.of("Leben"))));
        assertFalse(a.anchors().names().contains(NameKey.of("Prozess")));
        assertTrue(a.order().contains("c:" + NameKey.of("Prozess")) && a.order().contains("n:" + NameKey.of("Reinhold")));
        assertTrue(a.lead().containsKey("c:" + NameKey.of("Leben")));
        assertFalse(a.lead().containsKey("n:" + NameKey.of("Leben")));
    }

    @Test
    void inGermanARoleBeforeANameAMeasureAndAWordAfterAnArticleAreNouns() {
        Anchors a = anchors("de", "Am Abend sprach Ministerin Karla Wendtner. Die Firma verlor dabei 25 Millionen "
                + "Euro. Gestern tagte Stadtrat Ebersfelden, und im Stadtrat gab es Streit.");
        assertTrue(a.names().containsAll(java.util.List.of(NameKey.of("Karla"), NameKey.of("Wendtner"),
                NameKey.of("Ebersfelden"))));
        for (String noun : new String[] {"Ministerin", "Millionen", "Euro", "Stadtrat"}) {
            assertTrue(a.nouns().contains(NameKey.of(noun)), noun);
            assertFalse(a.names().contains(NameKey.of(noun)), noun);
        }
    }

    @Test
    void inEnglishEveryCapitalisedWordInsideASentenceIsStillAName() {
        Anchors a = anchors("en", "Yesterday the Senate heard Wendtner on the Process Act.");
        assertTrue(a.names().containsAll(java.util.List.of(NameKey.of("Senate"), NameKey.of("Wendtner"),
                NameKey.of("Process"))));
        assertTrue(a.nouns().isEmpty());
    }

    @Test
    void anOrdinaryGermanWordIsNoPlaceNamedInSeveralWords() {
        assertTrue(anchors("de", "An vielen Stellen brannte es, auch in Kolumbien.").places().equals(
                java.util.Set.of("CO")));
    }

    @Test
    void copiesOfOneTextShareItsAnalysisAndKeepTheirOwnDates() {
        AnchorExtractor extractor = new AnchorExtractor();
        String title = "Floods reach Kolumbia";
        String body = "Officials in Bogota said on 2021-05-03 that Hernandez counted 4,512 homes under water.";
        AnalysedArticle first = extractor.analyse(Fixtures.article("a", "en", LocalDate.of(2021, 5, 4), title, body));
        AnalysedArticle copy = extractor.analyse(
                Fixtures.article("b", "en", LocalDate.of(2021, 5, 6), new String(title), new String(body)));
        AnalysedArticle undated = extractor.analyse(Fixtures.article("c", "en", null, title, body));
        AnalysedArticle alone = Fixtures.analysed("b", "en", LocalDate.of(2021, 5, 6), title, body);

        assertEquals("b", copy.id());
        assertTrue(first.anchors().dates().contains("2021-05-04"));
        assertFalse(copy.anchors().dates().contains("2021-05-04"));
        assertTrue(copy.anchors().dates().contains("2021-05-06"));
        assertEquals(alone.anchors(), copy.anchors());
        assertEquals(Fixtures.analysed("c", "en", null, title, body).anchors(), undated.anchors());
        assertEquals(alone.order(), copy.order());
        assertEquals(alone.terms(), copy.terms());
        assertEquals(alone.lead(), copy.lead());
        assertEquals(alone.sentences(), copy.sentences());
        assertEquals(alone.spelling(), copy.spelling());
        assertSame(first.terms(), copy.terms());
    }

    @Test
    void anotherLanguageOrTitleIsAnotherText() {
        AnchorExtractor extractor = new AnchorExtractor();
        String body = "Die Regierung in Berlin sagte, Scholz werde Kolumbien besuchen.";
        AnalysedArticle german = extractor.analyse(Fixtures.article("a", "de", null, "Besuch", body));
        AnalysedArticle titled = extractor.analyse(Fixtures.article("b", "de", null, "Reise nach Bogota", body));
        AnalysedArticle english = extractor.analyse(Fixtures.article("c", "en", null, "Besuch", body));
        assertEquals(Fixtures.analysed("b", "de", null, "Reise nach Bogota", body).terms(), titled.terms());
        assertEquals(Fixtures.analysed("c", "en", null, "Besuch", body).anchors(), english.anchors());
        assertFalse(german.anchors().nouns().isEmpty());
        assertTrue(english.anchors().nouns().isEmpty());
    }
}

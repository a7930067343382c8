package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NounNamesTest {

    private static final String TAMM = NameKey.of("Tamm");
    private static final String HAFEN = NameKey.of("Hafen");

    @Test
    void aGermanNounAnotherLanguageWritesAsANameBecomesOne() {
        AnalysedArticle german = Fixtures.analysed("de", "de", null, null,
                "Gestern verließ Tamm mit der Fähre den Hafen.");
        AnalysedArticle english = Fixtures.analysed("en", "en", null, null,
                "Yesterday the ferry left the harbour with Tamm at the helm.");
        assertTrue(german.anchors().nouns().contains(TAMM), "alone, a capital says nothing in German");

        AnalysedArticle confirmed = NounNames.confirm(List.of(german, english)).get(0);

        assertTrue(confirmed.anchors().names().contains(TAMM));
        assertFalse(confirmed.anchors().nouns().contains(TAMM));
        assertTrue(confirmed.order().contains("n:" + TAMM) && !confirmed.order().contains("c:" + TAMM));
        assertEquals(german.lead().get("c:" + TAMM), confirmed.lead().get("n:" + TAMM));
        assertTrue(confirmed.anchors().nouns().contains(HAFEN), "the harbour stays a noun");
    }

    @Test
    void anotherGermanArticleConfirmsNothing() {
        AnalysedArticle first = Fixtures.analysed("a", "de", null, null, "Gestern verließ Tamm den Hafen.");
        AnalysedArticle second = Fixtures.analysed("b", "de", null, null, "Heute erreichte Tamm den Hafen.");

        List<AnalysedArticle> confirmed = NounNames.confirm(List.of(first, second));

        assertSame(first, confirmed.get(0));
        assertSame(second, confirmed.get(1));
        assertTrue(confirmed.get(0).anchors().nouns().containsAll(List.of(TAMM, HAFEN)));
    }

    @Test
    void aNounItsArticleWritesAfterAnArticleStaysANounWhateverAnotherLanguageNames() {
        AnalysedArticle german = Fixtures.analysed("de", "de", null, null,
                "Gestern verließ Tamm den Hafen. Im Hafen lagen drei Schiffe.");
        AnalysedArticle english = Fixtures.analysed("en", "en", null, null,
                "Yesterday Tamm sailed from Hafen, a village on the coast.");
        assertTrue(german.anchors().common().contains(HAFEN));
        assertFalse(german.anchors().common().contains(TAMM));

        AnalysedArticle confirmed = NounNames.confirm(List.of(german, english)).get(0);

        assertTrue(confirmed.anchors().names().contains(TAMM));
        assertTrue(confirmed.anchors().nouns().contains(HAFEN));
        assertFalse(confirmed.anchors().names().contains(HAFEN));
    }

    @Test
    void confirmingAgainAfterOneArticleChangedGivesWhatConfirmingFromNothingGives() {
        List<AnalysedArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            corpus.add(Fixtures.analysed("de" + i, "de", null, null,
                    "Gestern verließ Tamm mit der Fähre den Hafen, Anleger " + (i + 1) + "."));
        }
        corpus.add(Fixtures.analysed("en", "en", null, null,
                "Yesterday the ferry left the harbour with Marc at the helm."));
        assertFalse(NounNames.confirm(corpus, true).get(3).anchors().names().contains(TAMM));
        List<AnalysedArticle> edited = new ArrayList<>(corpus);
        edited.set(20, Fixtures.analysed("en", "en", null, null,
                "Yesterday the ferry left the harbour with Tamm at the helm."));

        List<AnalysedArticle> again = NounNames.confirm(edited, true);
        List<AnalysedArticle> fromNothing = NounNames.confirm(edited);

        assertTrue(again.get(3).anchors().names().contains(TAMM), "an unchanged article's noun now named elsewhere");
        assertEquals(fromNothing, again);
        List<AnalysedArticle> back = NounNames.confirm(corpus, true);
        assertSame(corpus.get(3), back.get(3), "no other language names it any more");
    }

    private static final String SORBEL = NameKey.of("Sorbel");
    private static final String VARN = NameKey.of("Varn");

    private static AnalysedArticle germanWith(String id, String noun) {
        return Fixtures.analysed(id, "de", null, null, "Gestern verließ " + noun + " mit der Fähre den Hafen.");
    }

    private static AnalysedArticle naming(String id, String name) {
        return Fixtures.analysed(id, "en", null, null, "Yesterday the ferry left the harbour with " + name
                + " at the helm.");
    }

    /** An article that writes the word in lower case, in its first paragraph or, when {@code later}, after it. */
    private static AnalysedArticle plain(String id, String word, boolean later) {
        String sentence = "Yesterday the old " + word + " by the harbour was painted again.";
        return later ? Fixtures.analysed(id, "en", null, null, "Yesterday the harbour was quiet.", sentence)
                : Fixtures.analysed(id, "en", null, null, sentence);
    }

    @Test
    void aNounOneArticleWritesAsANameButMoreWriteInLowerCaseStaysANoun() {
        List<AnalysedArticle> corpus = List.of(germanWith("de", "Sorbel"), naming("en0", "Sorbel"),
                plain("en1", "sorbel", false), plain("en2", "sorbel", false), plain("en3", "sorbel", false));
        assertTrue(corpus.get(1).anchors().names().contains(SORBEL));

        AnalysedArticle confirmed = NounNames.confirm(corpus).get(0);

        assertTrue(confirmed.anchors().nouns().contains(SORBEL), "one capital against three lower-case writers");
        assertFalse(confirmed.anchors().names().contains(SORBEL));
    }

    @Test
    void aShortWordWrittenInLowerCaseAfterTheFirstParagraphCountsToo() {
        List<AnalysedArticle> corpus = List.of(germanWith("de", "Varn"), naming("en0", "Varn"),
                plain("en1", "varn", true), plain("en2", "varn", true));

        AnalysedArticle confirmed = NounNames.confirm(corpus).get(0);

        assertTrue(confirmed.anchors().nouns().contains(VARN));
    }

    @Test
    void aNounMostArticlesWriteAsANameBecomesOneThoughSomeWriteItInLowerCase() {
        List<AnalysedArticle> corpus = List.of(germanWith("de", "Sorbel"), naming("en0", "Sorbel"),
                naming("en1", "Sorbel"), plain("en2", "sorbel", false));

        AnalysedArticle confirmed = NounNames.confirm(corpus).get(0);

        assertTrue(confirmed.anchors().names().contains(SORBEL));
    }

    @Test
    void confirmingAgainAfterEditsThatTipTheBalanceGivesWhatConfirmingFromNothingGives() {
        List<AnalysedArticle> corpus = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            corpus.add(germanWith("de" + i, "Sorbel"));
        }
        corpus.addAll(List.of(naming("en0", "Sorbel"), naming("en1", "Sorbel"), plain("en2", "sorbel", false),
                Fixtures.analysed("en3", "en", null, null, "Yesterday the harbour was quiet.")));
        assertTrue(NounNames.confirm(corpus, true).get(3).anchors().names().contains(SORBEL), "two against one");

        List<AnalysedArticle> tipped = new ArrayList<>(corpus);
        tipped.set(23, plain("en3", "sorbel", false));
        List<AnalysedArticle> again = NounNames.confirm(tipped, true);
        assertFalse(again.get(3).anchors().names().contains(SORBEL), "two against two");
        assertEquals(NounNames.confirm(tipped), again);

        List<AnalysedArticle> back = new ArrayList<>(tipped);
        back.set(22, Fixtures.analysed("en2", "en", null, null, "Yesterday the harbour was quiet."));
        List<AnalysedArticle> backAgain = NounNames.confirm(back, true);
        assertTrue(backAgain.get(3).anchors().names().contains(SORBEL), "two against one again");
        assertEquals(NounNames.confirm(back), backAgain);
    }
}

package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RelationJudgeTest {

    private static final List<AnalysedArticle> ARTICLES = List.of(
            Fixtures.analysed("a", "en", null, null, "First original."),
            Fixtures.analysed("b", "ja", null, null, "Its translation."),
            Fixtures.analysed("c", "ru", null, null, "Another translation."),
            Fixtures.analysed("d", "en", null, null, "Second original."));

    private static Relation between(List<Match> matches, String x, String y) {
        return matches.stream().filter(m -> m.involves(x) && m.involves(y)).findFirst().orElseThrow().relation();
    }

    private static List<Match> judge(PairScore... scores) {
        Character.UnicodeScript[] scripts = new Character.UnicodeScript[ARTICLES.size()];
        Arrays.fill(scripts, Character.UnicodeScript.LATIN);
        return new RelationJudge(ARTICLES, FeatureVectors.anchors(ARTICLES), scripts).judge(List.of(scores));
    }

    /** b (ja) and c (ru) share some anchors and are each other's closest: a weak pair on its own. */
    private static final PairScore WEAK = new PairScore(1, 2, 0.2, 0, 1, 0.8, 0, 0, 0, 0, 0);

    @Test
    void aWeakMutualPairAcrossLanguagesIsOneStory() {
        assertEquals(Relation.TRANSLATION, between(judge(WEAK, new PairScore(0, 1, 0.9, 0, 1, 1, 0, 0, 0, 0, 0)), "b", "c"));
    }

    @Test
    void aWeakPairIsRelatedWhenItsPartnersInAThirdLanguageDiffer() {
        List<Match> matches = judge(WEAK, new PairScore(0, 1, 0.9, 0, 1, 1, 0, 0, 0, 0, 0), new PairScore(2, 3, 0.9, 0, 1, 1, 0, 0, 0, 0, 0));
        assertEquals(Relation.RELATED, between(matches, "b", "c"));
        assertEquals(Relation.TRANSLATION, between(matches, "a", "b"));
    }

    @Test
    void aWeakPairStaysOneStoryWhenItsPartnersInAThirdLanguageAgree() {
        List<Match> matches = judge(WEAK, new PairScore(0, 1, 0.9, 0, 1, 1, 0, 0, 0, 0, 0), new PairScore(0, 2, 0.9, 0, 1, 1, 0, 0, 0, 0, 0));
        assertEquals(Relation.TRANSLATION, between(matches, "b", "c"));
    }

    /**
     * a (en) and b (ja), each other's closest, sharing few anchors and unlike in size (a brief and a feature); their
     * openings alike by words and by spelling as far as {@code lead}.
     */
    private static PairScore unlikeInSize(double lead) {
        return new PairScore(0, 1, 0.1, 0.1, 1, 0.2, 0, lead, 0.1, lead, lead);
    }

    @Test
    void aMutualPairOfUnlikeSizesIsOneStoryWhenItsLeadsAgree() {
        assertEquals(Relation.SAME_STORY, between(judge(unlikeInSize(0.5)), "a", "b"));
        assertEquals(Relation.RELATED, between(judge(unlikeInSize(0.0)), "a", "b"));
    }

    @Test
    void openingsSpelledAlikeDoNotAloneMakeAMutualPairAcrossLanguagesOneStory() {
        // Headlines and leads spelled alike (names, cognates) but no lead words or anchors shared beyond the few.
        assertEquals(Relation.RELATED, between(judge(new PairScore(0, 1, 0.1, 0.1, 1, 0.2, 0, 0, 0.1, 0.9, 0.9)),
                "a", "b"));
    }

    /** Two reports in one language that a reader would grade well over one story (words and leads alike). */
    private static Relation inOneLanguage(String firstHeadline, String secondHeadline, String secondText) {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("x", "en", null, firstHeadline, "Officials counted them at the border."),
                Fixtures.analysed("y", "en", null, secondHeadline, secondText));
        Character.UnicodeScript[] scripts = {Character.UnicodeScript.LATIN, Character.UnicodeScript.LATIN};
        List<Match> matches = new RelationJudge(articles, FeatureVectors.anchors(articles), scripts)
                .judge(List.of(new PairScore(0, 1, 0.5, 0.3, 1, 1, 0, 0.6, 0.3, 0.6, 0.6)));
        return matches.get(0).relation();
    }

    @Test
    void inOneLanguageTheGradeMakesOneStory() {
        assertEquals(Relation.SAME_STORY, inOneLanguage("326 soldiers crossed the border",
                "326 soldiers crossed into the neighbouring country", "Officials counted them."));
    }

    @Test
    void headlinesCountingOneQuantityDifferentlyTellTwoDevelopments() {
        assertEquals(Relation.RELATED, inOneLanguage("326 soldiers crossed the border",
                "567 soldiers crossed the border", "Officials counted them."));
    }

    @Test
    void aHeadlineFigureTheOtherReportTooIsNoOtherDevelopment() {
        assertEquals(Relation.SAME_STORY, inOneLanguage("326 soldiers crossed the border",
                "Border crossings reach 567", "Of the 567, 326 were soldiers."));
    }

    @Test
    void copiesMatchedWithOneArticleShareOneEvidence() {
        String text = "Floods closed the ports of Vienna and Linz on Tuesday, and 1,200 barges waited on the Danube.";
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("p", "en", null, "Danube ports close", text),
                Fixtures.analysed("q", "en", null, "Barges wait at Linz", text),
                Fixtures.analysed("r", "en", null, "Barges wait at Linz", text),
                Fixtures.analysed("s", "en", null, "Vienna harbour shut", "The port of Vienna shut on Tuesday."));
        Character.UnicodeScript[] scripts = new Character.UnicodeScript[articles.size()];
        Arrays.fill(scripts, Character.UnicodeScript.LATIN);
        List<Match> matches = new RelationJudge(articles, FeatureVectors.anchors(articles), scripts).judge(List.of(
                new PairScore(0, 1, 0.9, 0, 1, 1, 0, 0, 0, 0, 0), new PairScore(0, 2, 0.9, 0, 1, 1, 0, 0, 0, 0, 0),
                new PairScore(0, 3, 0.5, 0, 1, 1, 0, 0, 0, 0, 0)));
        Evidence copy = evidence(matches, "p", "q");
        assertFalse(copy.places().isEmpty(), "the copies share places with the article");
        assertSame(copy, evidence(matches, "p", "r"));
        assertNotEquals(copy, evidence(matches, "p", "s"));
    }

    private static Evidence evidence(List<Match> matches, String x, String y) {
        return matches.stream().filter(m -> m.involves(x) && m.involves(y)).findFirst().orElseThrow().evidence();
    }
}

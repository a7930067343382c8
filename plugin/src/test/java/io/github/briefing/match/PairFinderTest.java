package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairFinderTest {

    static final LocalDate DAY = LocalDate.of(2022, 6, 14);

    private static final String[] WORDS = ("council budget harbour railway election museum vaccine drought bridge"
            + " tariff orchestra festival satellite glacier refinery vineyard library stadium hospital airport"
            + " pension wildfire earthquake reservoir monastery parliament factory telescope").split(" ");

    /** Unrelated filler articles on other subjects, so that anchors have a corpus to be rare in. */
    static List<AnalysedArticle> filler(int count) {
        java.util.Random random = new java.util.Random(7);
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Reporters wrote about");
            for (int w = 0; w < 4; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            // Real articles mostly use words their neighbours do not.
            for (int w = 0; w < 30; w++) {
                text.append(' ').append(random.ints(7, 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
            }
            text.append(". Figures of ").append(1000 + random.nextInt(90_000)).append(" were quoted.");
            articles.add(Fixtures.analysed("f" + i, "en", DAY.minusDays(i), null, text.toString()));
        }
        return articles;
    }

    private static Optional<Match> between(List<Match> matches, String a, String b) {
        return matches.stream().filter(m -> m.involves(a) && m.involves(b)).findFirst();
    }

    @Test
    void matchesNamingOneAnchorShareItsString() {
        List<AnalysedArticle> articles = filler(30);
        for (String id : List.of("en1", "en2", "en3")) {
            articles.add(Fixtures.analysed(id, "en", DAY, "Flood displaces 4,250 in Peru",
                    "Heavy rain in Peru forced 4,250 people from their homes near Cusco, minister Quispe said."));
        }
        List<String> named = new PairFinder().find(articles).stream().filter(m -> m.a().startsWith("en"))
                .flatMap(m -> m.evidence().numbers().stream()).filter("4250"::equals).toList();
        assertEquals(3, named.size(), "each of the three pairs names the figure");
        // a million matches at 100,000 articles: one string per anchor, not one per match
        assertTrue(named.stream().allMatch(n -> n == named.get(0)));
    }

    @Test
    void aTranslationIsFoundAcrossLanguagesWithItsEvidence() {
        List<AnalysedArticle> articles = filler(30);
        articles.add(Fixtures.analysed("en1", "en", DAY, "Flood displaces 4,250 in Peru",
                "Heavy rain in Peru forced 4,250 people from their homes near Cusco, minister Quispe said.",
                "Rescuers from Bolivia joined 380 soldiers on 12 June."));
        articles.add(Fixtures.analysed("de1", "de", DAY, "Flut vertreibt 4.250 Menschen in Peru",
                "Starker Regen in Peru hat 4.250 Menschen nahe Cusco obdachlos gemacht, sagte Minister Quispe.",
                "Helfer aus Bolivien unterstützen seit dem 12. Juni 380 Soldaten."));
        Match m = between(new PairFinder().find(articles), "en1", "de1").orElseThrow();
        assertTrue(m.relation().sameStory());
        assertTrue(m.crossLingual());
        assertTrue(m.evidence().numbers().contains("4250"));
        assertTrue(m.evidence().places().contains("PE"));
    }

    @Test
    void sameTopicWithOtherFiguresIsNotTheSameStory() {
        List<AnalysedArticle> articles = filler(30);
        articles.add(Fixtures.analysed("a", "en", DAY, null,
                "In Peru, 4,250 people fled floods near Cusco, minister Quispe said on 12 June."));
        articles.add(Fixtures.analysed("b", "en", DAY.plusDays(40), null,
                "Farmers in Peru count losses of 90 million soles after a drought, economist Mamani wrote."));
        Optional<Match> m = between(new PairFinder().find(articles), "a", "b");
        assertFalse(m.isPresent() && m.get().relation().sameStory());
    }

    @Test
    void wireCopiesInOneLanguageAreOneStory() {
        List<AnalysedArticle> articles = filler(30);
        String text = "Dockworkers in Rotterdam ended a strike of 11 days after talks with the operator Havenbedrijf,"
                + " the union FNV said, as 120 ships waited offshore.";
        articles.add(Fixtures.analysed("copy1", "en", DAY, null, text));
        articles.add(Fixtures.analysed("copy2", "en", DAY, null, text + " Outlet staff contributed."));
        Match m = between(new PairFinder().find(articles), "copy1", "copy2").orElseThrow();
        assertEquals(Relation.TRANSLATION, m.relation());
        assertFalse(m.crossLingual());
    }

    @Test
    void unrelatedArticlesAreNotMatchedAsOneStory() {
        List<Match> matches = new PairFinder().find(filler(40));
        assertEquals(0, matches.stream().filter(m -> m.relation().sameStory()).count());
    }

    @Test
    void scoresAreInTheUnitIntervalAndPairsOrdered() {
        List<AnalysedArticle> articles = filler(20);
        articles.add(Fixtures.analysed("x", "en", DAY, null, "Quispe met Mamani in Cusco; 4,250 attended."));
        articles.add(Fixtures.analysed("y", "es", DAY, null, "Quispe se reunió con Mamani en Cusco; asistieron 4.250."));
        for (Match m : new PairFinder().find(articles)) {
            assertTrue(m.score() >= 0 && m.score() <= 1, m.toString());
            assertTrue(m.a().compareTo(m.b()) < 0, m.toString());
        }
    }

    @Test
    void matchesComeInTheOrderOfTheirIds() {
        List<AnalysedArticle> articles = new ArrayList<>();
        for (String id : List.of("b/2", "a", "b/10", "c", "a-1")) {
            articles.add(Fixtures.analysed(id, "en", null, "Title " + id, "Text."));
        }
        List<PairScore> scores = new ArrayList<>();
        List<Match> matches = new ArrayList<>();
        for (int[] pair : new int[][] {{0, 1}, {2, 3}, {4, 0}, {1, 2}, {3, 4}, {0, 2}, {1, 4}}) {
            scores.add(new PairScore(pair[0], pair[1], 0, 0, 0, 0, 0, 0, 0, 0, 0));
            String x = articles.get(pair[0]).id();
            String y = articles.get(pair[1]).id();
            matches.add(new Match(x.compareTo(y) < 0 ? x : y, x.compareTo(y) < 0 ? y : x, 0.5, Relation.RELATED,
                    false, new Evidence(List.of(), List.of(), List.of(), List.of(), List.of())));
        }

        List<Match> ordered = PairFinder.inIdOrder(matches, scores, articles);

        assertEquals(matches.stream().sorted(java.util.Comparator.comparing(Match::a).thenComparing(Match::b))
                .toList(), ordered);
        assertEquals("a", ordered.get(0).a());
        assertEquals("a-1", ordered.get(0).b());
    }

    /** Articles on a few stories: each names one or two of a few people and places, on one of a few days. */
    private static List<AnalysedArticle> stories(int count) {
        java.util.Random random = new java.util.Random(11);
        String[] people = {"Tamm", "Rossi", "Okonkwo", "Haddad", "Lindqvist"};
        String[] places = {"Paris", "Jakarta", "Lagos", "Tallinn"};
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Minister " + people[random.nextInt(people.length)] + " and "
                    + people[random.nextInt(people.length)] + " said the");
            for (int w = 0; w < 6; w++) {
                text.append(' ').append(WORDS[random.nextInt(8)]);
            }
            text.append(" in ").append(places[random.nextInt(places.length)]).append(" on ")
                    .append(1 + random.nextInt(3)).append(" March, with ").append(100 * (1 + random.nextInt(4)))
                    .append(" people.");
            articles.add(Fixtures.analysed("s" + i, "en", DAY, null, text.toString()));
        }
        return articles;
    }

    @Test
    void aBuildAfterAnEditFindsFromTheLastBuildsViewsWhatAFreshBuildFinds() {
        List<AnalysedArticle> corpus = stories(48);
        PairFinder finder = new PairFinder();
        finder.find(corpus, new RememberedScores());
        List<AnalysedArticle> edited = new ArrayList<>(corpus);
        // Other people, places and figures in two articles: the evidence of their pairs changes, and so does the
        // rarity of the anchors they no longer name, in the vectors of the articles that name them still.
        edited.set(5, Fixtures.analysed("s5", "en", DAY, null,
                "Minister Haddad and Lindqvist said the council railway budget in Lagos on 2 March, with 300 people."));
        edited.set(30, Fixtures.analysed("s30", "en", DAY, null,
                "Mayor Quispe and Tamm opened the museum harbour in Cusco on 9 May, with 4,250 people."));
        List<Match> fresh = finder.find(edited);
        assertTrue(fresh.size() > 100, "pairs to compare: " + fresh.size());
        assertEquals(fresh, finder.find(edited, new RememberedScores()));
        // and back, from the views kept of the edited corpus
        assertEquals(finder.find(corpus), finder.find(corpus, new RememberedScores()));
    }
}

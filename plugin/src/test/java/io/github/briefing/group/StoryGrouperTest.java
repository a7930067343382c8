package io.github.briefing.group;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryGrouperTest {

    private static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of(), List.of());
    private static final LocalDate DAY = LocalDate.of(2023, 9, 4);

    private static Match match(String a, String b, double score, Relation relation) {
        return new Match(a, b, score, relation, false, NONE);
    }

    @Test
    void anUndatedTranslationTakesItsOriginalsDateMarkedInferred() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("a", "en", DAY, "Port strike ends after 11 days", "The strike ended."),
                Fixtures.analysed("b", "nl", null, "Havenstaking eindigt na 11 dagen", "De staking is voorbij."));
        Briefing briefing = new StoryGrouper().group(articles, List.of(match("a", "b", 0.8, Relation.TRANSLATION)));
        var b = briefing.articles().stream().filter(x -> x.id().equals("b")).findFirst().orElseThrow();
        assertEquals(DAY, b.date());
        assertEquals(DateBasis.INFERRED, b.dateBasis());
        assertEquals(1, briefing.stories().size());
    }

    @Test
    void anArticleOnlyOnTheSameStoryLendsNoDate() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("a", "en", DAY, "Port strike ends after 11 days", "The strike ended."),
                Fixtures.analysed("b", "nl", null, "Havens weer open na staking", "De schepen varen weer."));
        Briefing briefing = new StoryGrouper().group(articles, List.of(match("a", "b", 0.6, Relation.SAME_STORY)));
        var b = briefing.articles().stream().filter(x -> x.id().equals("b")).findFirst().orElseThrow();
        assertEquals(null, b.date());
        assertEquals(null, b.dateBasis());
    }

    @Test
    void relatedDevelopmentsStaySeparateStoriesButShareTheFigureTimeline() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("first", "en", DAY, "Strike: 140 ships wait off the port", "Ships wait."),
                Fixtures.analysed("second", "en", DAY.plusDays(3), "Strike: 260 ships now wait", "More wait."),
                Fixtures.analysed("third", "en", DAY.plusDays(9), "About 400 ships waited at the peak", "It ended."));
        List<Match> matches = List.of(match("first", "second", 0.55, Relation.RELATED),
                match("second", "third", 0.52, Relation.RELATED));
        Briefing briefing = new StoryGrouper().group(articles, matches);
        assertEquals(3, briefing.stories().size());
        for (Story story : briefing.stories()) {
            assertEquals(List.of("140", "260", "400"), story.figures().stream().map(Figure::value).toList());
        }
        assertEquals(true, briefing.stories().get(0).figures().get(2).approx());
    }

    @Test
    void relatedStoriesShareOnlyTheFiguresThatCountTheSameThing() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("first", "en", DAY, "Strike: 140 ships wait off the port", "Ships wait."),
                Fixtures.analysed("second", "en", DAY.plusDays(3), "Strike: 260 ships now wait", "More wait."),
                Fixtures.analysed("march", "en", DAY.plusDays(4), "Dockers end 15 days of marches", "They march."),
                Fixtures.analysed("quiet", "en", DAY.plusDays(5), "The port is quiet again", "Calm."));
        List<Match> matches = List.of(match("first", "second", 0.55, Relation.RELATED),
                match("second", "march", 0.55, Relation.RELATED), match("first", "march", 0.55, Relation.RELATED),
                match("quiet", "first", 0.55, Relation.RELATED), match("quiet", "second", 0.55, Relation.RELATED),
                match("quiet", "march", 0.55, Relation.RELATED));
        Map<String, List<String>> figures = new java.util.HashMap<>();
        new StoryGrouper().group(articles, matches).stories().forEach(story -> figures.put(story.articles().get(0),
                story.figures().stream().map(Figure::value).toList()));
        assertEquals(List.of("140", "260"), figures.get("first"));
        assertEquals(List.of("140", "260"), figures.get("second"));
        assertEquals(List.of("15"), figures.get("march"), "days of marches are no count of ships");
        assertEquals(List.of(), figures.get("quiet"), "which count a story without a figure follows, nothing says");
    }

    @Test
    void weakRelatedMatchesDoNotJoinEvents() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("first", "en", DAY, "Strike: 140 ships wait off the port", "Ships wait."),
                Fixtures.analysed("other", "en", DAY, "Harvest of 320 tonnes expected", "Farmers hope."));
        Briefing briefing = new StoryGrouper().group(articles,
                List.of(match("first", "other", 0.31, Relation.RELATED)));
        assertEquals(List.of("140"), briefing.stories().get(0).figures().stream().map(Figure::value).toList());
    }

    @Test
    void alikeArticlesDatedWeeksApartAreRelatedNotOneStory() {
        List<AnalysedArticle> articles = List.of(
                Fixtures.analysed("early", "en", DAY, "Strike: 140 ships wait off the port", "Ships wait."),
                Fixtures.analysed("late", "en", DAY.plusDays(21), "Strike: 400 ships waited in all", "It ended."));
        Briefing briefing = new StoryGrouper().group(articles, List.of(match("early", "late", 0.7, Relation.SAME_STORY)));
        assertEquals(2, briefing.stories().size());
        assertEquals(Relation.RELATED, briefing.matches().get(0).relation());
        assertEquals(0.7, briefing.matches().get(0).score(), "the similarity stays as measured");
    }

    @Test
    void aStoryKeepsItsIdWhenStoriesComeAndGoAroundIt() {
        List<AnalysedArticle> articles = new java.util.ArrayList<>(List.of(
                Fixtures.analysed("opening", "en", DAY, "Strike: 140 ships wait off the port", "Ships wait."),
                Fixtures.analysed("follow", "fr", DAY.plusDays(1), "Grève : 140 navires attendent", "Ils attendent."),
                Fixtures.analysed("later", "en", DAY.plusDays(9), "Port reopens after the strike", "It reopened.")));
        List<Match> matches = List.of(match("opening", "follow", 0.8, Relation.TRANSLATION));
        Map<String, String> before = storyOfEach(new StoryGrouper().group(articles, matches));

        // A story earlier in time than both, and one between them: neither moves the others' ids.
        articles.add(Fixtures.analysed("earlier", "de", DAY.minusDays(5), "Hafen meldet Rekord", "Ein Rekord."));
        articles.add(Fixtures.analysed("between", "es", DAY.plusDays(4), "Lluvias en el norte", "Llueve."));
        Briefing after = new StoryGrouper().group(articles, matches);
        Map<String, String> storyOf = storyOfEach(after);
        before.forEach((article, story) -> assertEquals(story, storyOf.get(article), article));
        assertEquals(before.get("opening"), before.get("follow"), "one story");
        assertEquals(4, after.stories().size());
        assertEquals(4, after.stories().stream().map(Story::id).distinct().count(), "ids are unique");
        assertEquals(List.of("earlier", "opening", "between", "later"),
                after.stories().stream().map(st -> st.articles().get(0)).toList(), "stories stay in time order");
    }

    /** Each article's story id. */
    private static Map<String, String> storyOfEach(Briefing briefing) {
        Map<String, String> storyOf = new java.util.HashMap<>();
        briefing.stories().forEach(st -> st.articles().forEach(a -> storyOf.put(a, st.id())));
        return storyOf;
    }

    @Test
    void aStoryOfArticlesWithoutHeadlineOrTextStillHasATitle() {
        Briefing briefing = new StoryGrouper().group(List.of(Fixtures.analysed("empty", "ja", DAY, null)), List.of());
        assertEquals(true, briefing.stories().get(0).title().contains("empty"), briefing.stories().get(0).title());
    }

    @Test
    void aLongChainOfRelatedStoriesIsATopicNotOneEvent() {
        List<AnalysedArticle> articles = new java.util.ArrayList<>();
        List<Match> matches = new java.util.ArrayList<>();
        int n = Events.MAX_EVENT_STORIES + 2;
        for (int i = 0; i < n; i++) {
            articles.add(Fixtures.analysed("a" + (100 + i), "en", DAY.plusDays(i), "Strike: " + (140 + 10 * i)
                    + " ships wait off the port", "Ships wait."));
            if (i > 0) {
                matches.add(match("a" + (99 + i), "a" + (100 + i), 0.55, Relation.RELATED));
            }
        }
        Briefing briefing = new StoryGrouper().group(articles, matches);
        assertEquals(n, briefing.stories().size());
        for (Story story : briefing.stories()) {
            // Links of a chain join at most three developments (a third joins a pair on one link of two).
            assertTrue(story.figures().size() <= 3, "figures " + story.figures());
        }
    }
}

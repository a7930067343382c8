package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyGroupsTest {

    private static final Evidence NONE = new Evidence(List.of(), List.of(), List.of(), List.of(), List.of());
    private static final List<String> STORY = List.of(
            "The river rose two metres overnight and flooded the lower town, the mayor said on Tuesday.",
            "About 400 families left their homes; schools will stay closed until the water falls.",
            "Engineers are checking the old bridge, which was closed to traffic in the morning.");
    private static final List<String> OTHER_STORY = List.of(
            "A new ferry line will link the two ports from next spring, the transport ministry announced.",
            "Tickets will cost less than the bus, and the crossing will take forty minutes.");

    private final Map<String, Article> articles = new HashMap<>();

    private void article(String id, String lang, int day, List<String> paragraphs) {
        articles.put(id, Fixtures.article(id, lang, "Headline of " + id, LocalDate.of(2024, 3, day), DateBasis.TEXT,
                "Outlet " + id, paragraphs));
    }

    private static Match match(String a, String b, double score, Relation relation, boolean crossLingual) {
        return new Match(a, b, score, relation, crossLingual, NONE);
    }

    private CopyGroups groups(List<Match> matches) {
        Map<String, String> slugs = Slugs.unique(articles.keySet());
        return new CopyGroups(articles, matches, slugs);
    }

    private static List<String> withLine(List<String> text, String line) {
        List<String> copy = new java.util.ArrayList<>(List.of(line));
        copy.addAll(text);
        return copy;
    }

    @Test
    void copiesJoinedThroughOneAnotherAreOneGroupReadFromTheEarliest() {
        article("wire/1", "en", 5, withLine(STORY, "Dateline one."));
        article("wire/2", "en", 3, withLine(STORY, "Dateline two."));
        article("wire/3", "en", 4, STORY);
        article("alone", "en", 4, OTHER_STORY);
        // 1-2 and 2-3 are matched; 1-3 is not, yet all three carry one text
        CopyGroups groups = groups(List.of(match("wire/1", "wire/2", 0.95, Relation.TRANSLATION, false),
                match("wire/2", "wire/3", 0.96, Relation.TRANSLATION, false)));

        CopyGroups.Group group = groups.of("wire/1");
        assertEquals(List.of("wire/2", "wire/3", "wire/1"), group.articles(), "the earliest first, then in time order");
        assertEquals(new CopiesRef("copies/wire-2.html", 3), group.ref());
        assertTrue(groups.together("wire/1", "wire/3"));
        assertNull(groups.of("alone"));
        assertFalse(groups.together("alone", "wire/1"));
        assertEquals(List.of(group), groups.all());
    }

    @Test
    void onlyTheSameTextInOneLanguageIsACopy() {
        article("en", "en", 5, STORY);
        article("en-retold", "en", 5, OTHER_STORY);
        article("en-near", "en", 5, withLine(STORY, "One line more."));
        article("de", "de", 5, STORY); // the same words, but another language: a translation pair, not copies
        CopyGroups groups = groups(List.of(match("en", "en-retold", 0.9, Relation.TRANSLATION, false),
                match("en", "de", 0.9, Relation.TRANSLATION, true),
                match("en", "en-near", 0.9, Relation.SAME_STORY, false)));

        assertNull(groups.of("en"), "a retelling, a translation and a same-story match join no group");
        assertTrue(groups.all().isEmpty());
    }

    @Test
    void aListShowsAMatchOnceForAllCopiesOfItsTextsAndNoneWithinAGroup() {
        article("a1", "en", 1, STORY);
        article("a2", "en", 2, withLine(STORY, "Another dateline."));
        article("b1", "fr", 1, OTHER_STORY);
        article("b2", "fr", 2, withLine(OTHER_STORY, "Une autre ligne."));
        article("c", "de", 1, List.of("Ganz etwas anderes."));
        Match copiesOfA = match("a1", "a2", 0.99, Relation.TRANSLATION, false);
        Match copiesOfB = match("b1", "b2", 0.98, Relation.TRANSLATION, false);
        Match strongest = match("a2", "b1", 0.9, Relation.TRANSLATION, true);
        Match weaker = match("a1", "b2", 0.8, Relation.TRANSLATION, true);
        Match toC = match("a1", "c", 0.5, Relation.RELATED, true);
        Match alsoToC = match("a2", "c", 0.4, Relation.RELATED, true);
        CopyGroups groups = groups(List.of(copiesOfA, copiesOfB, strongest, weaker, toC, alsoToC));

        assertEquals(List.of(strongest, toC), groups.collapse(List.of(copiesOfA, strongest, copiesOfB, weaker, toC,
                alsoToC)), "the first of each pair of groups, in the order given");
        assertEquals(List.of(weaker), groups.collapse(List.of(weaker, strongest)), "whichever comes first stands");
    }

    @Test
    void aMatchOfTwoArticlesWithoutCopiesKeepsItsPlaceAmongTheGroupsMatches() {
        article("a1", "en", 1, STORY);
        article("a2", "en", 2, withLine(STORY, "Another dateline."));
        article("c", "de", 1, List.of("Ganz etwas anderes."));
        article("d", "fr", 1, List.of("Tout autre chose."));
        Match copiesOfA = match("a1", "a2", 0.99, Relation.TRANSLATION, false);
        Match toC = match("a1", "c", 0.5, Relation.RELATED, true);
        Match plain = match("c", "d", 0.45, Relation.RELATED, true);
        Match alsoToC = match("a2", "c", 0.4, Relation.RELATED, true);
        CopyGroups groups = groups(List.of(copiesOfA, toC, plain, alsoToC));

        assertEquals(List.of(toC, plain), groups.collapse(List.of(copiesOfA, toC, plain, alsoToC)));
        assertEquals(List.of(plain, alsoToC), groups.collapse(List.of(plain, alsoToC, toC)));
    }
}

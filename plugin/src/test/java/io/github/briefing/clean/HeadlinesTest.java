package io.github.briefing.clean;

import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlinesTest {

    private static final List<String> BODY = List.of(
            "The city council voted on Wednesday to close the old harbour bridge for repairs, a decision that will "
                    + "divert thousands of commuters for at least six months.",
            "Engineers found corrosion in the steel supports during an inspection last month, the council said in a "
                    + "statement released after the vote.",
            "The work is expected to cost about 40 million dollars, most of it paid by the national transport agency, "
                    + "which has promised extra ferries during the closure.");

    private static CleanArticle clean(List<String> header) {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(BODY);
        RawArticle raw = new RawArticle("h", Path.of("h.txt"), 0, String.join("\n", lines), GivenFacts.NONE);
        return new Cleaner(SharedLines.of(List.of(raw))).clean(raw);
    }

    @Test
    void theHeadlineStandsAboveStandfirstAndByline() {
        CleanArticle clean = clean(List.of("Home", "Council closes harbour bridge",
                "Repairs will send thousands of commuters onto ferries for half a year.", "Mere Tane"));
        assertEquals("Council closes harbour bridge", clean.headline());
    }

    @Test
    void aPhotoCreditOrANameNextToTheBodyIsNoHeadline() {
        CleanArticle clean = clean(List.of("Harbour bridge to close for repairs", "Photo: Ann Lee", "Mere Tane"));
        assertEquals("Harbour bridge to close for repairs", clean.headline());
    }

    @Test
    void aMenuBetweenHeadlineAndBodyDoesNotWin() {
        CleanArticle clean = clean(List.of("Bridge closure: council votes to shut harbour crossing",
                "Latest Headlines", "Most Popular Stories", "Weather Forecast", "Traffic Cameras", "Local Events"));
        assertEquals("Bridge closure: council votes to shut harbour crossing", clean.headline());
        assertFalse(clean.paragraphs().contains(clean.headline()));
    }

    @Test
    void aShortHeadlineWinsOverTheLongerStandfirstBelowIt() {
        CleanArticle clean = clean(List.of("Home", "Harbour bridge to close for repairs",
                "Council says repairs to the corroded crossing will divert commuters for half a year"));
        assertEquals("Harbour bridge to close for repairs", clean.headline());
    }

    @Test
    void theWindowTitleWithTheSiteNameVouchesForTheHeadline() {
        CleanArticle clean = clean(List.of("Harbour bridge to shut for repairs - The Coastal Gazette", "Home",
                "Ferries to run every ten minutes", "Harbour bridge to shut for repairs", "Mere Tane"));
        assertEquals("Harbour bridge to shut for repairs", clean.headline());
    }

    private static final SharedLines NONE_SHARED = SharedLines.of(List.of());

    private static boolean candidate(String line) {
        return Headlines.score(line, Map.of(), NONE_SHARED) > 0;
    }

    @Test
    void aNameThatOpensAParagraphOfItsOwnIsMarkedAndTheHeadlineIsNot() {
        List<String> lines = new ArrayList<>(List.of("Home", "Mere Tane", "Council closes harbour bridge"));
        lines.addAll(BODY);
        lines.add("Mere Tane (41) has reported on the harbour and its ferries for the Coastal Gazette since 2015.");
        double[] name = null;
        double[] headline = null;
        for (Headlines.Candidate c : Headlines.candidates(lines, 3, 3 + BODY.size(), Map.of(), NONE_SHARED,
                Headlines.Memos.NONE)) {
            name = c.line() == 1 ? c.features() : name;
            headline = c.line() == 2 ? c.features() : headline;
        }
        assertEquals(1.0, name[HeadlineFeature.OPENS_PARAGRAPH.ordinal()]);
        assertEquals(0.0, headline[HeadlineFeature.OPENS_PARAGRAPH.ordinal()]);
        assertEquals(2, Headlines.find(lines, 3, 3 + BODY.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE));
    }

    @Test
    void theCompanyABreadcrumbFilesThePageUnderIsNoCandidate() {
        List<String> lines = new ArrayList<>(List.of("Press releases", "Bridge repairs start on Monday",
                "Harbour Works Ltd", "12 May 2024 10:00"));
        lines.addAll(BODY);
        lines.addAll(List.of("Harbour Works Ltd >", "Bridge repairs start on Monday"));
        List<Integer> candidates = Headlines.candidates(lines, 4, 4 + BODY.size(), Map.of(), NONE_SHARED,
                Headlines.Memos.NONE).stream()
                .map(Headlines.Candidate::line).toList();
        assertTrue(candidates.contains(1));
        assertFalse(candidates.contains(2));
    }

    @Test
    void aHeadlineMayOpenWithAnInvertedQuestionMarkOrAStarButNotWithATagOrADash() {
        assertTrue(candidate("\u00BFWill the harbour bridge reopen before winter?"));
        assertTrue(candidate("*Update* Harbour bridge closes for repairs"));
        assertFalse(candidate("#harbour bridge closes for repairs"));
        assertFalse(candidate("- harbour bridge closes for repairs"));
    }

    @Test
    void aShortLineEndingInAFullStopMayBeAHeadlineASentenceMayNot() {
        assertTrue(candidate("Time to mend the harbour bridge."));
        assertFalse(candidate("The council met. It voted to mend the bridge."));
        assertFalse(candidate("The council voted on Wednesday to mend the old harbour bridge before the storms come."));
    }

    @Test
    void aHeadlineMayOpenWithAGuillemetOrAnEllipsisAndASpace() {
        assertTrue(candidate("\u00AB Le pont du port ferme \u00BB"));
        assertTrue(candidate("\u2026 and then the harbour bridge closed"));
        assertFalse(candidate("\u2026 - and then the harbour bridge closed"));
    }

    @Test
    void aLongLineTrailingOffIsNoSentence() {
        assertTrue(candidate("When the council understood that the harbour bridge was a matter of strategy for the whole city..."));
        assertFalse(candidate("When the council understood that the harbour bridge was a matter of strategy for the whole city."));
    }

    @Test
    void oneTokenJoiningWordsIsACandidateOneWordIsNot() {
        assertTrue(candidate("Hafenbr\u00FCcke-Sanierung"));
        assertTrue(candidate("Tarrow:Ortsverband/Treffen"));
        assertFalse(candidate("Hafenbr\u00FCcke"));
        assertFalse(candidate("tarrow.example"));
    }

    @Test
    void aCreditAfterItsLabelIsNoCandidateAHeadlineAfterALabelIs() {
        assertFalse(candidate("Photo: Ann Lee / Harbour Press"));
        assertFalse(candidate("Texte et photos : Jean Roux"));
        assertTrue(candidate("Photos: how the river rose over the harbour wall"));
    }

    @Test
    void aStampWithTheMonthWrittenOutIsNoCandidate() {
        assertFalse(candidate("Posted on March 3, 2024"));
        assertFalse(candidate("Ver\u00F6ffentlicht am 3. M\u00E4rz 2024"));
        assertTrue(candidate("Harbour bridge to close in March"));
    }

    @Test
    void aOneWordHeadlineABreadcrumbEndsWithIsACandidateRightAboveTheBody() {
        List<String> lines = new ArrayList<>(List.of("Home \u00BB Towns \u00BB Tarrow", "Towns", "Tarrow", "12 May 2024"));
        lines.addAll(BODY);
        assertEquals(2, Headlines.find(lines, 4, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE));
        // A menu's word no breadcrumb ends with is no candidate; nor is the breadcrumb's word far above the body.
        assertTrue(Headlines.candidates(lines, 4, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE).stream()
                .noneMatch(c -> c.line() == 1));
        List<String> far = new ArrayList<>(lines.subList(0, 4));
        far.addAll(List.of("Ferry times", "Weather", "Events"));
        far.addAll(BODY);
        assertTrue(Headlines.candidates(far, 7, far.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE).stream()
                .noneMatch(c -> c.line() == 2));
    }

    @Test
    void aHeadlineWithTheSiteNameAfterASeparatorIsACandidate() {
        assertTrue(candidate("Harbour bridge to close for repairs | Coastal Gazette"));
    }

    @Test
    void aQuestionOpeningTheBodyIsTheHeadlineNotTheLead() {
        List<String> lines = new ArrayList<>(List.of("Home", "News", "Will the harbour bridge close for good this time?"));
        lines.addAll(BODY);
        assertEquals(2, Headlines.find(lines, 2, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE));
    }

    @Test
    void aCaptionWithACopyrightUnderTheHeadlineDoesNotWin() {
        CleanArticle clean = clean(List.of("Home", "Harbour bridge to close for repairs",
                "Cars queue on the harbour bridge at dawn \u00A9 Ann Lee / Coastal Photos"));
        assertEquals("Harbour bridge to close for repairs", clean.headline());
    }

    @Test
    void aStandfirstUnderAHeadlineOfSeveralWordsDoesNotWin() {
        CleanArticle clean = clean(List.of("Home", "Council shuts the harbour bridge",
                "Corroded supports force a closure of six months and send thousands of commuters onto extra ferries"));
        assertEquals("Council shuts the harbour bridge", clean.headline());
    }

    private static void assertHeadline(String expected, String... header) {
        assertEquals(expected, clean(List.of(header)).headline());
    }

    @Test
    void theLineAboveTheDateIsTheHeadlineNotTheLongerLineUnderIt() {
        assertHeadline("Harbour bridge to close", "Home", "Harbour bridge to close", "12 May 2024",
                "Ferry timetables change as thousands of commuters look for other ways to cross");
    }

    @Test
    void aPhotoCaptionClosedByItsCreditDoesNotWin() {
        assertHeadline("Bridge repairs", "Home", "Bridge repairs",
                "Commuters wait for the early ferry beside the closed harbour crossing. (Photo: Ann Lee)");
    }

    @Test
    void aPhotoCaptionClosedByALabelledCreditIsNoCandidate() {
        String caption = "Commuters wait for the early ferry beside the closed harbour bridge. Photo: Ann Lee";
        assertTrue(candidate(caption), "the line alone looks like a title");
        List<String> lines = new ArrayList<>(List.of("Home", "Bridge repairs", caption));
        lines.addAll(BODY);
        assertTrue(Headlines.candidates(lines, 3, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE).stream()
                .noneMatch(c -> c.line() == 2));
        assertHeadline("Bridge repairs", "Home", "Bridge repairs", caption);
    }

    @Test
    void aHeadlineOverBylineSplitInTwoHasItsMetadataBelow() {
        String[] header = {"Home", "Harbour bridge to close for repairs", "By", "Mere Tane"};
        assertEquals(1, features(1, header)[HeadlineFeature.META_BELOW.ordinal()]);
        assertEquals(0, features(1, "Home", "Harbour bridge to close for repairs", "Mere Tane")
                [HeadlineFeature.META_BELOW.ordinal()]);
    }

    @Test
    void aTitleInAListOfTeasersIsFlaggedAndTheHeadlineIsNot() {
        String[] header = {"Harbour bridge to close for repairs", "By Mere Tane", "More stories",
            "Ferry timetable changes for the summer", "12 May 2024",
            "Tram line to reopen in the spring", "11 May 2024",
            "New cycle lanes planned on the waterfront", "10 May 2024", "Share"};
        assertEquals(1, features(3, header)[HeadlineFeature.TEASER_LIST.ordinal()]);
        assertEquals(1, features(7, header)[HeadlineFeature.TEASER_LIST.ordinal()]);
        assertEquals(0, features(0, header)[HeadlineFeature.TEASER_LIST.ordinal()]);
        assertHeadline("Harbour bridge to close for repairs", header);
    }

    @Test
    void aSectionNameInCapitalsDoesNotWin() {
        assertHeadline("Harbour bridge shuts", "Home", "WORLD NEWS AND FEATURES", "Harbour bridge shuts", "Share");
    }

    @Test
    void aLineCutAtASeparatorIsNoCandidate() {
        assertFalse(candidate("Coastal Gazette > News > Features >"));
        assertFalse(candidate("Harbour bridge to close \u2013"));
        assertTrue(candidate("Harbour bridge to close \u2013 for now"));
    }

    /** The features of the candidate on line {@code at} of the page made of {@code header} and the body. */
    private static double[] features(int at, String... header) {
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(BODY);
        for (Headlines.Candidate c : Headlines.candidates(lines, header.length, lines.size(), Map.of(), NONE_SHARED,
                Headlines.Memos.NONE)) {
            if (c.line() == at) {
                return c.features();
            }
        }
        throw new AssertionError("line " + at + " is no candidate");
    }

    @Test
    void aLongerLineWithoutAStopBelowIsAStandfirstAndADateAboveIsTheHeaderBlocks() {
        double[] headline = features(2, "Startseite", "12.05.2024", "Hafenbrücke wird gesperrt",
                "Rost an den Stützen zwingt die Stadt zu einer Sperrung von sechs Monaten", "Mere Tane");
        assertEquals(1, headline[HeadlineFeature.DEK_BELOW.ordinal()]);
        assertEquals(1, headline[HeadlineFeature.META_ABOVE.ordinal()]);
        double[] kicker = features(1, "Startseite", "Verkehr in der Stadt", "Hafenbrücke wird gesperrt", "Mere Tane");
        assertEquals(0, kicker[HeadlineFeature.DEK_BELOW.ordinal()]);
        assertEquals(0, kicker[HeadlineFeature.META_ABOVE.ordinal()]);
    }

    @Test
    void theSiteNameOfAWindowTitleIsNoHeadline() {
        assertHeadline("Harbour bridge to shut for repairs", "Coastal Gazette",
                "Harbour bridge to shut for repairs | Coastal Gazette", "Coastal Gazette", "Harbour bridge to shut for repairs");
    }

    @Test
    void aHeadlineWithTheSiteNameAfterItIsAWindowTitleAMetadataLineIsNot() {
        assertTrue(Headlines.isWindowTitle("Why the harbour bridge must close for repairs | COASTAL GAZETTE"));
        assertTrue(Headlines.isWindowTitle("Warum die Hafenbr\u00FCcke gesperrt wird \u00B7 Stadtblatt"));
        assertFalse(Headlines.isWindowTitle("12 May 2024 | News"));
        assertFalse(Headlines.isWindowTitle("by Ann Lee | Culture"));
        assertFalse(Headlines.isWindowTitle("Harbour bridge to close for repairs | Updated 12 May"));
        assertFalse(Headlines.isWindowTitle("Letters: Bridge repairs | Ferry fares | Parking"));
        double[] title = features(1, "Home", "Why the harbour bridge must close for repairs | COASTAL GAZETTE");
        assertEquals(0, title[HeadlineFeature.SEPARATED.ordinal()]);
        assertEquals(1, title[HeadlineFeature.SITE_TITLE.ordinal()]);
        double[] stamp = features(1, "Home", "Harbour bridge to close for repairs | Updated 12 May");
        assertEquals(1, stamp[HeadlineFeature.SEPARATED.ordinal()]);
        assertEquals(0, stamp[HeadlineFeature.SITE_TITLE.ordinal()]);
    }

    @Test
    void aLineNamingTheArticlesTopicWinsOverATeaser() {
        assertHeadline("Le pont du port ferme pour travaux", "Accueil", "Le pont du port ferme pour travaux",
                "La météo du week-end en images", "Le conseil municipal a voté mercredi la fermeture du pont du port "
                        + "pour des travaux de six mois, a indiqué la mairie.",
                "Le pont du port est rongé par la rouille, selon les ingénieurs qui ont inspecté le pont le mois dernier.",
                "Des ferries supplémentaires traverseront le port pendant la fermeture du pont, a promis la mairie.");
    }

    @Test
    void aHeadlineTheHeaderRepeatsCountsFarAboveABodyFoundTooLow() {
        List<String> lines = new ArrayList<>(List.of("Puente del puerto cerrado por obras", "Inicio",
                "Puente del puerto cerrado por obras"));
        for (int i = 0; i < 45; i++) {
            lines.add("Sección " + i);
        }
        lines.add("Comentarios");
        int bodyStart = lines.size();
        lines.add("Qué vergüenza, el puente del puerto lleva años sin mantenimiento y ahora nos toca a los vecinos pagar.");
        lines.add("Yo cruzo el puerto cada día y nadie del ayuntamiento ha explicado cuánto durarán las obras del puente.");
        int at = Headlines.find(lines, bodyStart, lines.size(), Map.of(LineKey.of(lines.get(0)), 2), NONE_SHARED, Headlines.Memos.NONE);
        assertEquals("Puente del puerto cerrado por obras", lines.get(at));
    }

    @Test
    void aHeadlineThePageCutsShortElsewhereWeighsMore() {
        // A reading bar or a breadcrumb's step prints the headline cut short.
        String[] header = {"Harbour bridge to close\u2026", "Harbour bridge to close for repairs",
                "Ferry timetables to change as the summer season starts"};
        double[] headline = features(1, header);
        assertEquals(1, headline[HeadlineFeature.SHORTENED.ordinal()]);
        assertEquals(0, features(2, header)[HeadlineFeature.SHORTENED.ordinal()]);
        assertTrue(HeadlineFeature.weigh(headline) > HeadlineFeature.weigh(features(1, "Home",
                "Harbour bridge to close for repairs", "Ferry timetables to change as the summer season starts")));
    }

    /** A page whose body search may begin on a newsletter notice above the article's header. */
    private static List<String> noticeAbove(String... header) {
        return page(List.of("Newsletter",
                "Join thousands of readers who receive the latest harbour and transport news in their inbox every day.",
                "Your email address", "Sign up"), List.of(header), 1);
    }

    /** The notice, the header under it, then the text {@code times} over. */
    private static List<String> page(List<String> notice, List<String> header, int times) {
        List<String> lines = new ArrayList<>(notice);
        lines.addAll(header);
        for (int i = 0; i < times; i++) {
            lines.addAll(BODY);
        }
        return lines;
    }

    @Test
    void theTextStartsAgainUnderANoticeTheBodySearchBeganOn() {
        List<String> lines = noticeAbove("Harbour bridge to close for repairs", "12 May 2024");
        assertEquals(6, Headlines.innerStart(lines, 1, lines.size()));
        // Under three paragraphs, more than a notice holds, a heading is the article's own.
        List<String> article = new ArrayList<>(BODY);
        article.addAll(List.of("Ferries", "Timetables"));
        article.addAll(BODY);
        assertEquals(-1, Headlines.innerStart(article, 0, article.size()));
        // Nor where no gap parts the text.
        assertEquals(-1, Headlines.innerStart(BODY, 0, BODY.size()));
        // A dated block above the gap is a post of a blog's list or a teaser, not a notice.
        List<String> posts = new ArrayList<>(List.of("12 May 2024"));
        posts.addAll(lines.subList(1, lines.size()));
        assertEquals(-1, Headlines.innerStart(posts, 1, posts.size()));
    }

    /** A notice of three paragraphs between its fields (one line each), the header under it, the text twice. */
    private static List<String> longNoticeAbove(String... header) {
        return page(List.of("Newsletter",
                "Join thousands of readers who receive the harbour news in their inbox every day.",
                "Your email address",
                "We keep your email address private and never share it with our advertisers.",
                "Privacy",
                "You can unsubscribe at any time with the link in every message."), List.of(header), 2);
    }

    @Test
    void theTextStartsAgainUnderADatedHeaderBlockPastANoticeOfMoreParagraphs() {
        List<String> lines = longNoticeAbove("Harbour bridge to close for repairs", "12 May 2024");
        assertEquals(8, Headlines.innerStart(lines, 1, lines.size()));
        assertTrue(Headlines.candidates(lines, 1, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE).stream()
                .anyMatch(c -> c.line() == 6 && c.features()[HeadlineFeature.INNER.ordinal()] == 1));
        // Without a date or byline in the gap, three paragraphs above it are more than a notice holds.
        List<String> undated = longNoticeAbove("Harbour bridge to close for repairs", "Ferries");
        assertEquals(-1, Headlines.innerStart(undated, 1, undated.size()));
    }

    /** Teasers with their blurbs under a heading {@code heading}, the article's header and its text once. */
    private static List<String> teasersAbove(String heading) {
        List<String> teasers = new ArrayList<>(List.of(heading));
        for (String place : List.of("North Shore", "Old Town", "Riverside", "Airport", "Harbour", "Hill District")) {
            teasers.add("Council plans new cycle lanes in " + place + " after residents asked for safer streets to "
                    + "school and the shops, and for fewer lorries on the roads by the parks.");
        }
        teasers.addAll(List.of("Weather", "Video"));
        return page(teasers, List.of("Harbour bridge to close for repairs", "12 May 2024"), 1);
    }

    @Test
    void theTextStartsAgainUnderADatedHeaderBlockPastTeasersTheBodySearchBeganOn() {
        assertTrue(LineFeatures.isTeaserHeading("Latest headlines"));
        // The teasers hold more text than the article: only a teaser heading says the body search began on them.
        List<String> lines = teasersAbove("Latest Headlines");
        assertEquals(11, Headlines.innerStart(lines, 1, lines.size()));
        assertEquals(9, Headlines.find(lines, 1, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE));
        List<String> section = teasersAbove("City Council");
        assertEquals(-1, Headlines.innerStart(section, 1, section.size()));
    }

    @Test
    void aHeadlineUnderANoticeInsideTheBodyIsACandidate() {
        List<String> lines = noticeAbove("Harbour bridge to close for repairs", "12 May 2024");
        List<Headlines.Candidate> candidates = Headlines.candidates(lines, 1, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE);
        Headlines.Candidate headline = candidates.stream().filter(c -> c.line() == 4).findFirst().orElseThrow();
        assertEquals(1, headline.features()[HeadlineFeature.INNER.ordinal()]);
        // Held against the text under it: one line (the date) above where it starts, not inside the body.
        assertEquals(0, headline.features()[HeadlineFeature.IN_BODY.ordinal()]);
        assertEquals(0.1, headline.features()[HeadlineFeature.DISTANCE.ordinal()], 1e-9);
        assertEquals(4, Headlines.find(lines, 1, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE));
    }

    @Test
    void aShortSentenceUnderANoticeIsNoCandidate() {
        // Clean texts have such gaps too: a short sentence of the text there is not taken for a headline.
        List<String> lines = noticeAbove("The bridge will close.", "12 May 2024");
        assertEquals(6, Headlines.innerStart(lines, 1, lines.size()));
        assertTrue(Headlines.candidates(lines, 1, lines.size(), Map.of(), NONE_SHARED, Headlines.Memos.NONE).stream()
                .noneMatch(c -> c.line() == 4));
    }

    @Test
    void aTitleLikeLineAtThePageTopIsACandidateFarAboveTheBodyThoughNotRepeated() {
        List<String> lines = new ArrayList<>(List.of("Kaupungin satama suljetaan korjausten ajaksi"));
        for (int i = 0; i < 60; i++) {
            lines.add("Osasto " + i);
        }
        int bodyStart = lines.size();
        lines.addAll(BODY);
        List<Headlines.Candidate> candidates = Headlines.candidates(lines, bodyStart, lines.size(), Map.of(),
                NONE_SHARED, Headlines.Memos.NONE);
        Headlines.Candidate top = candidates.get(0);
        assertEquals(0, top.line());
        assertEquals(1, top.features()[HeadlineFeature.FAR.ordinal()]);
        assertTrue(top.features()[HeadlineFeature.FAR_DISTANCE.ordinal()] > 0);
        assertEquals(0, top.features()[HeadlineFeature.PROSE_NEAR_BELOW.ordinal()]);
        assertEquals(0, candidates.get(candidates.size() - 1).features()[HeadlineFeature.FAR_DISTANCE.ordinal()]);
    }

    @Test
    void aHeadlineStandsAboveThePagesFirstParagraphWithItsStandfirstNearBelow() {
        String teaserBlurb = "A teaser for another story tells in a long sentence what that other story is about, "
                + "with a link under it.";
        double[] headline = features(1, "Start", "Harbour bridge to close for repairs", "Mere Tane", "12 May 2024",
                "Repairs to the corroded crossing will divert thousands of commuters for half a year, the council says.",
                "Other stories", "Ferry timetable changes", teaserBlurb);
        assertEquals(1, headline[HeadlineFeature.NO_PROSE_ABOVE.ordinal()]);
        assertEquals(1, headline[HeadlineFeature.PROSE_NEAR_BELOW.ordinal()]);
        assertEquals(Math.log(3), headline[HeadlineFeature.PROSE_BETWEEN.ordinal()], 1e-9);
        double[] teaser = features(6, "Start", "Harbour bridge to close for repairs", "Mere Tane", "12 May 2024",
                "Repairs to the corroded crossing will divert thousands of commuters for half a year, the council says.",
                "Other stories", "Ferry timetable changes", teaserBlurb);
        assertEquals(0, teaser[HeadlineFeature.NO_PROSE_ABOVE.ordinal()]);
        assertEquals(Math.log(2), teaser[HeadlineFeature.PROSE_BETWEEN.ordinal()], 1e-9);
    }

    @Test
    void aKickerAboveAndAStandfirstBelowSetTheWordRatios() {
        double[] headline = features(1, "Traffic news", "Harbour bridge to close for repairs",
                "Council says the corroded crossing will divert commuters for half a year", "Mere Tane");
        assertEquals(Math.log(3), headline[HeadlineFeature.RATIO_ABOVE.ordinal()], 1e-9);
        assertEquals(Math.log(12 / 6.0), headline[HeadlineFeature.RATIO_BELOW.ordinal()], 1e-9);
        assertEquals(Math.log(12 / 6.0) * Math.log(12 / 6.0),
                headline[HeadlineFeature.RATIO_BELOW_SQUARED.ordinal()], 1e-9);
        double[] kicker = features(0, "Traffic news", "Harbour bridge to close for repairs", "Mere Tane");
        assertEquals(0, kicker[HeadlineFeature.RATIO_ABOVE.ordinal()]);
    }

    @Test
    void aListOfTagsAndACaptionClosedByItsSourceAreMarked() {
        double[] tags = features(0, "Harbour, Transport, City council, Repairs", "Harbour bridge to close for repairs");
        assertEquals(1, tags[HeadlineFeature.LIST.ordinal()]);
        // A mark standing alone is no word: "Health & Social Care" is an item of three words.
        double[] marked = features(0, "Health & Social Care, Transport, City council, Repairs",
                "Harbour bridge to close for repairs");
        assertEquals(1, marked[HeadlineFeature.LIST.ordinal()]);
        double[] caption = features(0, "Commuters wait for the ferry (Photo by Ann Lee)", "Harbour bridge to close");
        assertEquals(1, caption[HeadlineFeature.BRACKET_END.ordinal()]);
        double[] headline = features(1, "Harbour, Transport, City council, Repairs",
                "Harbour bridge to close, ferries to run (for now)");
        assertEquals(0, headline[HeadlineFeature.LIST.ordinal()]);
        assertEquals(0, headline[HeadlineFeature.BRACKET_END.ordinal()]);
    }

    @Test
    void aLineRepeatingTheBylinesNameIsAnAuthorsBox() {
        String[] header = {"Harbour bridge to close for repairs", "By Mere Tane", "About Mere Tane",
            "Follow Mere Tane"};
        assertEquals(1, features(2, header)[HeadlineFeature.AUTHOR_BOX.ordinal()]);
        assertEquals(1, features(3, header)[HeadlineFeature.AUTHOR_BOX.ordinal()]);
        assertEquals(0, features(0, header)[HeadlineFeature.AUTHOR_BOX.ordinal()]);
    }

    @Test
    void aTitleOverABlurbAndAnotherTitleAboveTheBodyIsATeaser() {
        String blurb = "A teaser for another story tells in a long sentence what that other story is about, "
                + "with a link under it.";
        String[] header = {"Harbour bridge to close for repairs", "Other stories", "Ferry timetable changes", blurb,
            "Tram line to reopen in spring", blurb};
        assertEquals(1, features(2, header)[HeadlineFeature.TEASER_BELOW.ordinal()]);
        assertEquals(0, features(0, header)[HeadlineFeature.TEASER_BELOW.ordinal()]);
        // The last title's blurb runs into the body: no other title under it.
        assertEquals(0, features(4, header)[HeadlineFeature.TEASER_BELOW.ordinal()]);
    }

    @Test
    void theMemosGiveTheCandidatesWorkedOutWholeOnPagesAndOnCopiesWithALineOfTheirOwn() {
        Random random = new Random(11);
        BoundedMemo<List<String>, BodyWords.Body> bodies = new BoundedMemo<>(1 << 10, 1L << 30, (k, v) -> 1);
        Headlines.Memos memos = new Headlines.Memos(body -> bodies.get(body, BodyWords.Body::of),
                new Echoes.Memo()::of);
        for (int round = 0; round < 100; round++) {
            List<String> header = RandomPages.header(random, 2 + random.nextInt(10));
            List<String> page = new ArrayList<>(header);
            page.addAll(BODY);
            assertSameCandidates(page, header.size(), memos);
            for (int copy = 0; copy < 3; copy++) {
                List<String> copied = new ArrayList<>();
                copied.add(RandomPages.ownLine(random, header));
                copied.addAll(page);
                assertSameCandidates(copied, header.size() + 1, memos);
            }
        }
    }

    private static void assertSameCandidates(List<String> page, int bodyStart, Headlines.Memos memos) {
        List<String> lines = List.copyOf(page);
        List<Headlines.Candidate> direct = Headlines.candidates(lines, bodyStart, lines.size(), Map.of(), NONE_SHARED,
                Headlines.Memos.NONE);
        List<Headlines.Candidate> memoised = Headlines.candidates(lines, bodyStart, lines.size(), Map.of(), NONE_SHARED,
                memos);
        assertEquals(direct.size(), memoised.size(), lines.toString());
        for (int k = 0; k < direct.size(); k++) {
            assertEquals(direct.get(k).line(), memoised.get(k).line(), lines.toString());
            assertTrue(Arrays.equals(direct.get(k).features(), memoised.get(k).features()), lines + " candidate " + k);
        }
    }
}

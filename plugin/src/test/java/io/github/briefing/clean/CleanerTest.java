package io.github.briefing.clean;

import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {

    private static final List<String> BODY = List.of(
            "WELLINGTON -- The city council voted on Wednesday to close the old harbour bridge for repairs, a decision "
                    + "that will divert thousands of commuters for at least six months.",
            "Engineers found corrosion in the steel supports during an inspection last month, the council said in a "
                    + "statement released after the vote.",
            "Repairs",
            "The work is expected to cost about 40 million dollars, most of it paid by the national transport agency, "
                    + "which has promised extra ferries during the closure.",
            "Local shop owners said they feared a drop in trade while the bridge is shut to cars and pedestrians.");

    private static RawArticle article(String id, List<String> lines) {
        return new RawArticle(id, Path.of(id + ".txt"), 0, String.join("\n", lines), GivenFacts.NONE);
    }

    private static List<String> page(List<String> before, List<String> after) {
        List<String> lines = new ArrayList<>(before);
        lines.addAll(BODY);
        lines.addAll(after);
        return lines;
    }

    private static CleanArticle clean(List<String> lines) {
        RawArticle raw = article("a", lines);
        return new Cleaner(SharedLines.of(List.of(raw))).clean(raw);
    }

    @Test
    void aJapaneseArticleKeepsEveryParagraph() {
        List<String> lines = List.of("港湾局は月曜日、北側の橋を六か月間閉鎖すると発表した。",
                "専門家が二本の橋脚にひびを見つけたためで、車は北通りに迂回する。",
                "市によると、工事には約三十億円がかかり、完了は来年三月の予定だという。",
                "住民からは通勤への影響を心配する声が上がっている。");
        assertEquals(lines, clean(lines).paragraphs());
    }

    @Test
    void aTextOfOneLongLineIsItsBodyNotLost() {
        String line = "Der Stadtrat hat am Montag beschlossen, die Hafenbrücke für sechs Monate zu sperren, "
                + "weil Gutachter Risse in zwei Pfeilern gefunden haben; der Verkehr wird über die Nordstraße geleitet.";
        assertEquals(List.of(line), clean(List.of(line)).paragraphs());
    }

    @Test
    void aPageOfShortLinesKeepsWhatIsNotBoilerplate() {
        List<String> lines = List.of("Menu", "Ferry timetable changes", "Boats leave at 7:10 and 9:40",
                "Last boat back at 18:30", "Share");
        CleanArticle clean = clean(lines);
        assertFalse(clean.paragraphs().isEmpty(), "a short text is still an article");
        assertFalse(clean.paragraphs().contains("Share"));
    }

    @Test
    void keepsTheBodyWithItsHeadingsAndDropsMenus() {
        List<String> menu = List.of("Home", "World", "Business", "Sport", "Culture", "Weather", "Sign in");
        CleanArticle clean = clean(page(menu, List.of("About us", "Contact", "Privacy", "Terms of use")));
        assertEquals(BODY, clean.paragraphs());
        assertTrue(clean.removed().containsAll(menu));
    }

    @Test
    void findsTheHeadlineAboveTheBodyPastBylineAndDate() {
        CleanArticle clean = clean(page(List.of("Home", "News / Local / Transport", "Council closes harbour bridge "
                + "for six months", "By Mere Tane", "12/03/2021 08:15"), List.of()));
        assertEquals("Council closes harbour bridge for six months", clean.headline());
        assertFalse(clean.paragraphs().contains("By Mere Tane"));
        assertTrue(clean.masthead().contains("12/03/2021 08:15"));
    }

    @Test
    void keepsTheStandfirstBetweenHeadlineAndBylineAsTheFirstParagraph() {
        String standfirst = "Commuters face long detours while engineers repair the corroded supports under the deck.";
        CleanArticle clean = clean(page(List.of("Home", "Council closes harbour bridge for six months", standfirst,
                "By Mere Tane", "12/03/2021 08:15", "Share"), List.of()));
        assertEquals("Council closes harbour bridge for six months", clean.headline());
        assertEquals(standfirst, clean.paragraphs().get(0));
        assertFalse(clean.paragraphs().contains("By Mere Tane"));
    }

    @Test
    void aTeaserHeadlineOrADatedBylineUnderTheHeadlineIsNoStandfirst() {
        List<String> masthead = List.of("Council closes harbour bridge for six months",
                "Updated on 12/03/2021 at 08:15 after the council meeting.",
                "Ferry operator adds early sailings for stranded island commuters", "Share");
        CleanArticle clean = clean(page(masthead, List.of()));
        assertEquals(BODY, clean.paragraphs());
    }

    @Test
    void aLongCreditedCaptionUnderTheHeadlineIsNoStandfirst() {
        String caption = "In this file photo taken last winter, divers from the harbour police and two volunteers from "
                + "the rowing club inspect the corroded supports under the deck of the old bridge before the "
                + "repairs. (Harbour Board via Wire Service, File)";
        CleanArticle clean = clean(page(List.of("Council closes harbour bridge for six months", caption,
                "By Mere Tane", "12/03/2021 08:15"), List.of()));
        assertFalse(clean.paragraphs().contains(caption));
    }

    @Test
    void saysSoWhenThereIsNoHeadline() {
        assertNull(clean(BODY).headline());
    }

    @Test
    void dropsHeadlinePrefixedWithAScraperDate() {
        CleanArticle clean = clean(page(List.of(" date 2021-03-12 Council closes harbour bridge"), List.of()));
        assertEquals("Council closes harbour bridge", clean.headline());
    }

    @Test
    void keepsABodyScrapedTwiceOnceEvenWithOtherQuotes() {
        // Without the short heading: a short line shown twice on a page counts as the page's own template.
        List<String> prose = BODY.stream().filter(LineFeatures::isProse).toList();
        List<String> twice = new ArrayList<>(prose);
        prose.forEach(line -> twice.add(line.replace("--", "\u2014").replace("city council", "City Council")
                .replace("said", "\u201Csaid\u201D")));
        CleanArticle clean = clean(twice);
        assertEquals(prose, clean.paragraphs());
    }

    @Test
    void aPhotoCaptionShownTwiceBecomesOneCaption() {
        String caption = "Commuters walk across the harbour bridge in Wellington on a rainy morning before the closure";
        CleanArticle clean = clean(page(List.of("Bridge to close", caption, caption), List.of()));
        assertEquals(List.of(caption), clean.captions());
        assertFalse(clean.paragraphs().contains(caption));
    }

    @Test
    void aCreditedPhotoCaptionInTheBodyIsACaption() {
        String caption = "Commuters cross the harbour bridge on its last open day. (Photo: Jane Roe/Harbour Press)";
        List<String> lines = new ArrayList<>(BODY);
        lines.add(2, caption);
        CleanArticle clean = clean(lines);
        assertEquals(BODY, clean.paragraphs());
        assertEquals(List.of(caption), clean.captions());
    }

    @Test
    void cutsTeasersForOtherArticles() {
        List<String> teasers = List.of("Read more:", "Mayor opens new library in the old post office building",
                "The library will open seven days a week and hold 80,000 books, the mayor said on Monday.");
        CleanArticle clean = clean(page(List.of(), teasers));
        assertEquals(BODY, clean.paragraphs());
        assertTrue(clean.removed().containsAll(teasers));
    }

    @Test
    void creditLinesAreFactsNotBody() {
        String credit = "Information for this article was contributed by Ana Ruiz of Reuters.";
        CleanArticle clean = clean(page(List.of(), List.of(credit)));
        assertFalse(clean.paragraphs().contains(credit));
        assertTrue(clean.masthead().contains(credit));
    }

    @Test
    void linesSharedAcrossManyArticlesAreTemplate() {
        String promo = "Get our morning briefing delivered to your inbox every day.";
        List<RawArticle> corpus = new ArrayList<>();
        List<List<String>> bodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String day = " the " + i + "th ";
            List<String> body = BODY.stream().filter(LineFeatures::isProse).map(line -> line.replace(" the ", day)).toList();
            bodies.add(body);
            List<String> lines = new ArrayList<>(body);
            lines.add(2, promo);
            corpus.add(article("a" + i, lines));
        }
        CleanArticle clean = new Cleaner(SharedLines.of(corpus)).clean(corpus.get(0));
        assertEquals(bodies.get(0), clean.paragraphs());
        assertTrue(clean.removed().contains(promo));
    }

    @Test
    void dropsPromptsAndBreadcrumbs() {
        CleanArticle clean = clean(page(List.of("Skip to content", "Home / World / Pacific"),
                List.of("Share this article", "Follow us on Twitter")));
        assertEquals(BODY, clean.paragraphs());
    }
    @Test
    void aLongParagraphEndingInAReferenceIsStillText() {
        String quoted = "\u201CDo not let hatred of a people lead you into injustice. Be just, for that is nearer to "
                + "fairness and to what a careful reader expects of a fair judge\u201D [Book 5, verse 8]";
        List<String> lines = new ArrayList<>(List.of("Home", "Archive", "Topics", "About"));
        lines.add(BODY.get(0));
        lines.add(quoted);
        lines.add(BODY.get(1));
        lines.addAll(List.of("Contact", "Imprint", "Privacy", "Terms"));
        CleanArticle clean = clean(lines);
        assertEquals(List.of(BODY.get(0), quoted, BODY.get(1)), clean.paragraphs());
    }

    @Test
    void endsTheArticleWhereATimeStampedThreadBegins() {
        List<String> thread = List.of("Ana on 12 March 2021 at 4:47 pm said:",
                "I drive across that bridge every morning and the ferries are always late, so this will be a long "
                        + "six months for everyone who lives on the north shore.",
                "Tom on 13 March 2021 at 9:02 am said:",
                "The council knew about the corrosion for years and waited until the last possible moment to act, "
                        + "which is exactly what happened with the tunnel as well.",
                "Ana on 13 March 2021 at 10:15 am said:",
                "That is true, and the tunnel repairs ran a full year over the schedule they promised us back then.");
        CleanArticle clean = clean(page(List.of("Bridge to close"), thread));
        assertEquals(BODY, clean.paragraphs());
        assertTrue(clean.removed().containsAll(thread));
        assertFalse(clean.masthead().contains(thread.get(0)), "a comment's date is not the article's");
    }

    @Test
    void leavesOutABoxOfLinksSetIntoTheText() {
        List<String> box = List.of("Related", "Harbour ferries add a second morning crossing",
                "Mayor opens the new library in the old post office");
        List<String> lines = new ArrayList<>(BODY.subList(0, 2));
        lines.addAll(box);
        lines.addAll(BODY.subList(3, 5));
        lines.add("Businesses along the waterfront have asked the council for a rent holiday while the bridge is "
                + "closed, and the council said it would consider the request at its next meeting.");
        CleanArticle clean = clean(lines);
        assertTrue(clean.paragraphs().containsAll(BODY.subList(3, 5)), "the text after the box stays");
        assertTrue(clean.removed().containsAll(box));
    }

    @Test
    void keepsTheNumberedListThatClosesTheTextButNotTheMenuAfterIt() {
        List<String> list = List.of("Ferry timetable", "Weekdays: 6 crossings from the north pier",
                "Saturday: 4 crossings", "Sunday: 2 crossings", "Extra boats on 24 and 31 December");
        List<String> menu = List.of("Share", "Home", "World", "Business", "Sport");
        CleanArticle clean = clean(page(List.of("Home", "World", "Business", "Sport"), concat(list, menu)));
        assertTrue(clean.paragraphs().containsAll(list.subList(1, list.size())), "the list is part of the text");
        assertFalse(clean.paragraphs().contains("Sport"));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aLongSentenceThatLostItsStopDoesNotCutTheText() {
        List<String> body = List.of(
                "The harbour board voted on Monday to close the northern bridge for six months of repairs.",
                "engineers had found cracks in two of its piers during a routine inspection and the board said the "
                        + "traffic would be sent along the north road while the work lasted",
                "Residents said they worried about longer trips to work and to the schools on the other shore.");
        List<String> lines = new ArrayList<>(List.of("Northern bridge to close for repairs"));
        lines.addAll(body);
        assertEquals(body, clean(lines).paragraphs());
    }

    @Test
    void aFooterPastTheTeasersIsNoArticleHoweverLongItsNotices() {
        List<String> footer = new ArrayList<>(List.of("Related articles",
                "Mayor opens new library in the old post office building",
                "Ferry operator adds early sailings for island commuters"));
        // The site's menus again, long enough to part the footer's notices from the article.
        for (String section : List.of("World", "Business", "Sport", "Culture", "Weather", "Science", "Travel")) {
            footer.addAll(List.of(section, section + " news", "More " + section.toLowerCase()));
        }
        footer.addAll(List.of(
                "The information on this website is provided for general purposes only and does not replace the "
                        + "advice of a professional; we accept no liability for decisions made on the basis of it.",
                "We use cookies and similar technologies to measure how visitors use this website, to remember their "
                        + "settings and to show advertising that may interest them, also on the websites of partners.",
                "You can withdraw your consent at any time in the privacy settings, where you also find which partners "
                        + "receive which data, for how long they keep it and how you can object to its processing.",
                "All prices include value added tax and are subject to change without notice; offers are valid while "
                        + "stocks last and cannot be combined with other discounts or redeemed for cash at any time."));
        CleanArticle clean = clean(page(List.of("Home", "Council closes harbour bridge for six months"), footer));
        assertEquals(BODY, clean.paragraphs());
        assertEquals("Council closes harbour bridge for six months", clean.headline());
    }

    @Test
    void aTeaserHeadingInTheMenuAboveTheArticleLeavesItsBody() {
        List<String> menu = List.of("Home", "Related", "Mayor opens new library", "Ferry timetable", "Sign in",
                "Council closes harbour bridge for six months");
        assertEquals(BODY, clean(page(menu, List.of())).paragraphs());
    }

    @Test
    void teasersWithoutStopsInARowAfterTheBodyStayOut() {
        String teaser = "ferry operators across the region are said to be planning extra night services for commuters "
                + "once the old harbour bridge closes for repairs next month and fares may rise as a result ";
        List<String> teasers = List.of(teaser + "for many", teaser + "for some", teaser + "for all",
                "Which of the city's other bridges will be the next to need urgent repairs after this winter?",
                "Why do so many of the harbour's ageing bridges rust faster than the engineers who built them expected?");
        assertEquals(BODY, clean(page(List.of(), teasers)).paragraphs());
    }
}

package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TeaserListsTest {

    private static TeaserLists lists(List<String> lines) {
        SharedLines none = SharedLines.of(List.of());
        return new TeaserLists(lines, i -> Headlines.score(lines.get(i), Map.of(), none) > 0);
    }

    @Test
    void titlesWithTheirDatesMakeAList() {
        List<String> lines = List.of("Ferry timetable changes for the summer", "12 May 2024",
                "Tram line to reopen in the spring", "11 May 2024", "New cycle lanes on the waterfront", "10 May 2024");
        TeaserLists lists = lists(lines);
        assertTrue(lists.inList(0));
        assertTrue(lists.inList(2));
        assertTrue(lists.inList(4));
    }

    @Test
    void twoRecordsAreNoList() {
        List<String> lines = List.of("Ferry timetable changes for the summer", "12 May 2024",
                "Tram line to reopen in the spring", "11 May 2024", "Share");
        assertFalse(lists(lines).inList(0));
    }

    @Test
    void labelTitleAndDateRecordsMakeAList() {
        List<String> lines = List.of("Local news", "Ferry timetable changes for the summer", "12 May 2024",
                "City hall", "Tram line to reopen in the spring", "11 May 2024",
                "Local news", "New cycle lanes on the waterfront", "10 May 2024");
        assertTrue(lists(lines).inList(4));
    }

    @Test
    void titlesAloneNeedFourOfLikeLength() {
        List<String> four = List.of("Ferry timetable changes for the summer", "Tram line to reopen in the spring",
                "New cycle lanes planned on the waterfront", "Harbour museum opens a second hall");
        assertTrue(lists(four).inList(1));
        assertFalse(lists(four.subList(0, 3)).inList(1), "a kicker, headline and standfirst are three");
    }

    @Test
    void aRecordPrintedAgainIsNoList() {
        List<String> lines = List.of("Truckers weigh a new strike over fuel prices in the south", "Posted by Ana Ruiz",
                "Reporting by Mere Tane for us", "Posted by Ana Ruiz", "Reporting by Mere Tane for us",
                "Posted by Ana Ruiz");
        assertFalse(lists(lines).inList(0));
    }

    @Test
    void aHeaderBlockOfLinesOfDifferentLengthIsNoList() {
        List<String> lines = List.of("Transport", "Harbour bridge to close",
                "Corroded supports force a closure of six months and send thousands of commuters onto the ferries",
                "By Mere Tane", "12 May 2024");
        assertFalse(lists(lines).inList(1));
    }
}

package io.github.briefing.render;

import io.github.briefing.match.Match;

import java.util.List;

/**
 * The briefing's matches in runs: those that follow one another with the same first article (the list is ordered
 * by it). An edit changes the matches of a few articles, so what is made of the matches is kept run by run from
 * build to build, and the runs that are equal to the last build's are taken as they were.
 */
final class MatchRuns {

    private MatchRuns() {
    }

    /** Where the run that starts at {@code start} ends: the place of the first match with another first article. */
    static int end(List<Match> matches, int start) {
        String first = matches.get(start).a();
        int end = start + 1;
        while (end < matches.size() && matches.get(end).a().equals(first)) {
            end++;
        }
        return end;
    }
}

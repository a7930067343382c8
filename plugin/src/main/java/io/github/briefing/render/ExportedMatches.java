package io.github.briefing.render;

import io.github.briefing.match.Match;
import io.github.briefing.memory.LastBuild;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of matches in {@code briefing.json}, nine tenths of it (30 MB at 10,000 articles), written a run of
 * matches at a time (those that follow one another with the same first article), each run's lines kept for the next
 * build of this process with the matches they were written from: an edit changes the matches of a few articles,
 * and a rebuild takes the lines of a run whose matches are equal to the last build's as they were, and in a run that
 * changed, the line of each match equal to the last build's with the same second article; it writes only the others.
 * Held softly, and only while the bytes and the matches cost a small share of the heap.
 */
final class ExportedMatches {

    /** The runs of the last build of this process that kept them. */
    static final ExportedMatches LAST = new ExportedMatches();
    /** The share of the heap the runs may keep. */
    private static final int HEAP_SHARE = 16;
    private final LastBuild<Map<String, Run>> last = new LastBuild<>(HEAP_SHARE);

    /**
     * About what a kept match holds of the heap (its record, evidence lists and strings) when nothing else holds it:
     * the matches of the last build are compared, not printed (a print hashed every match's evidence every build).
     */
    static final int MATCH_BYTES = 512;
    /** About what a match's line holds besides its bytes (its array and the run's reference to it). */
    private static final int LINE_BYTES = 24;

    /** A run's matches, and each one's line as written. */
    private record Run(List<Match> matches, List<byte[]> lines) {

        /** The line of the match equal to {@code m} with its second article; null when there is none. */
        byte[] line(Match m, Map<String, Integer> bySecond) {
            Integer at = bySecond.get(m.b());
            return at != null && matches.get(at).equals(m) ? lines.get(at) : null;
        }
    }

    /**
     * Writes the matches as the document's list of them ("[", a line each, "]"), as the document's generator would;
     * when {@code keep}, keeps the runs for the next build.
     */
    void write(List<Match> matches, OutputStream out, boolean keep) throws IOException {
        Map<String, Run> before = last.get();
        // Dropped as soon as the runs outgrow their share, not at the end: at 100,000 articles they are hundreds of MB.
        Map<String, Run> now = keep ? new HashMap<>() : null;
        long held = 0;
        ListedRecords.Listing listing = new ListedRecords.Listing(out);
        for (int from = 0, to; from < matches.size(); from = to) {
            String first = matches.get(from).a();
            to = MatchRuns.end(matches, from);
            List<Match> run = matches.subList(from, to);
            Run known = before == null ? null : before.get(first);
            List<byte[]> lines = known != null && known.matches().equals(run) ? known.lines() : lines(run, known);
            for (byte[] line : lines) {
                listing.add(line);
                held += line.length + LINE_BYTES + MATCH_BYTES;
            }
            if (!last.fits(held)) {
                now = null;
            }
            if (now != null) {
                now.put(first, new Run(List.copyOf(run), lines));
            }
        }
        listing.close();
        if (keep) {
            last.keep(now, held);
        }
    }

    /** The run's lines, each taken from the last build's run where its match is equal there. */
    private static List<byte[]> lines(List<Match> run, Run known) throws IOException {
        if (known == null) {
            return ListedRecords.lines(run, BriefingJson::match);
        }
        Map<String, Integer> bySecond = new HashMap<>();
        for (int i = 0; i < known.matches().size(); i++) {
            bySecond.put(known.matches().get(i).b(), i);
        }
        return ListedRecords.lines(run, m -> known.line(m, bySecond), BriefingJson::match);
    }
}

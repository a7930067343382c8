package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.briefing.match.Match;
import io.github.briefing.memory.LastBuild;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list of matches in {@code briefing.json}, nine tenths of it (30 MB at 10,000 articles), written a run of
 * matches at a time (those that follow one another with the same first article), each run's lines kept for the next
 * build of this process with the matches they were written from: an edit changes the matches of a few articles,
 * and a rebuild writes only the runs whose matches are not equal to the last build's again, taking the others' bytes
 * as they were. Held softly, and only while the bytes and the matches cost a small share of the heap.
 */
final class ExportedMatches {

    /** The runs of the last build of this process that kept them. */
    static final ExportedMatches LAST = new ExportedMatches();
    /** The share of the heap the runs may keep. */
    private static final int HEAP_SHARE = 16;
    private static final byte[] FIRST = "\n    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEXT = ",\n    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LAST_LINE = "\n  ".getBytes(StandardCharsets.US_ASCII);
    private final LastBuild<Map<String, Run>> last = new LastBuild<>(HEAP_SHARE);

    /**
     * About what a kept match holds of the heap (its record, evidence lists and strings) when nothing else holds it:
     * the matches of the last build are compared, not printed (a print hashed every match's evidence every build).
     */
    static final int MATCH_BYTES = 512;

    /** A run's lines as written, and its matches. */
    private record Run(List<Match> matches, byte[] lines) {
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
        out.write('[');
        for (int from = 0, to; from < matches.size(); from = to) {
            String first = matches.get(from).a();
            to = MatchRuns.end(matches, from);
            List<Match> run = matches.subList(from, to);
            Run known = before == null ? null : before.get(first);
            byte[] lines = known != null && known.matches().equals(run) ? known.lines() : lines(run);
            out.write(from == 0 ? FIRST : NEXT);
            out.write(lines);
            held += lines.length + (long) MATCH_BYTES * run.size();
            if (!last.fits(held)) {
                now = null;
            }
            if (now != null) {
                now.put(first, new Run(List.copyOf(run), lines));
            }
        }
        if (!matches.isEmpty()) {
            out.write(LAST_LINE);
        }
        out.write(']');
        if (keep) {
            last.keep(now, held);
        }
    }

    /** The matches' lines, as the document lists them. */
    private static byte[] lines(List<Match> run) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream(256 * run.size());
        try (JsonGenerator json = BriefingJson.JSON.createGenerator(lines)) {
            json.setPrettyPrinter(RecordLines.listValues());
            for (Match m : run) {
                BriefingJson.match(json, m);
            }
        }
        return lines.toByteArray();
    }
}

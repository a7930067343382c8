package io.github.briefing.render;

import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportedMatchesTest {

    private static Match match(String a, String b, double score, String name) {
        return new Match(a, b, score, Relation.SAME_STORY, false,
                new Evidence(List.of(name, "lima"), List.of("PE"), List.of("2,500"), List.of(), List.of("ONU")));
    }

    private static final List<Match> MATCHES = List.of(match("a1", "a2", 0.91, "guaido"),
            match("a1", "a3", 0.5, "maduro"), match("a2", "a3", 0.4, "quito"), match("a4", "a5", 0.3, "cusco"));

    private static String written(ExportedMatches exported, List<Match> matches, boolean keep) throws IOException {
        return GeneratedLists.written(exported::write, matches, keep);
    }

    @Test
    void writesTheListAsTheDocumentsGeneratorDoes() throws IOException {
        for (List<Match> matches : List.of(MATCHES, List.of(MATCHES.get(0)), List.<Match>of())) {
            assertEquals(GeneratedLists.generated("matches", matches, BriefingJson::match),
                    GeneratedLists.document("matches", written(new ExportedMatches(), matches, false)));
        }
    }

    @Test
    void aRebuildWritesWhatChangedAndTakesTheRestFromTheLastBuild() throws IOException {
        ExportedMatches exported = new ExportedMatches();
        written(exported, MATCHES, true);
        List<Match> edited = new ArrayList<>(MATCHES);
        edited.set(1, match("a1", "a3", 0.55, "maduro"));
        edited.set(2, match("a2", "a3", 0.4, "santiago"));
        edited.remove(3);
        edited.add(match("a6", "a7", 0.2, "lima"));
        String rebuilt = written(exported, edited, true);
        assertEquals(written(new ExportedMatches(), edited, false), rebuilt);
        assertTrue(rebuilt.contains("0.55") && rebuilt.contains("santiago") && !rebuilt.contains("cusco"));
        assertEquals(written(new ExportedMatches(), MATCHES, false), written(exported, MATCHES, false),
                "and back");
    }

    /** A run is taken from the last build only when each of its matches is equal, down to a score's last bit. */
    @Test
    void aRunIsWrittenAgainWhenAnyPartOfAMatchChanged() throws IOException {
        Match m = MATCHES.get(0);
        Evidence e = m.evidence();
        List<Match> changed = List.of(
                new Match(m.a(), m.b(), Math.nextUp(m.score()), m.relation(), m.crossLingual(), e),
                new Match(m.a(), m.b(), m.score(), Relation.TRANSLATION, m.crossLingual(), e),
                new Match(m.a(), m.b(), m.score(), m.relation(), true, e),
                new Match(m.a(), m.b(), m.score(), m.relation(), m.crossLingual(),
                        new Evidence(e.names(), e.places(), e.numbers(), e.dates(), List.of("OEA"))),
                new Match(m.a(), "a9", m.score(), m.relation(), m.crossLingual(), e));
        for (Match edit : changed) {
            ExportedMatches exported = new ExportedMatches();
            written(exported, MATCHES, true);
            List<Match> edited = new ArrayList<>(MATCHES);
            edited.set(0, edit);
            assertEquals(written(new ExportedMatches(), edited, false), written(exported, edited, true), edit.toString());
        }
    }

    /**
     * In a run that changed, each match equal to the last build's with the same second article keeps its line, and
     * the others are written in their places: a match inserted, one gone, one changed.
     */
    @Test
    void aRunThatChangedIsWrittenAsAFreshBuildWritesIt() throws IOException {
        List<Match> run = List.of(match("a1", "a2", 0.9, "guaido"), match("a1", "a3", 0.8, "maduro"),
                match("a1", "a4", 0.7, "quito"), match("a1", "a5", 0.6, "cusco"));
        List<List<Match>> edits = List.of(
                List.of(run.get(0), match("a1", "a25", 0.85, "lima"), run.get(1), run.get(2), run.get(3)),
                List.of(run.get(0), run.get(2), run.get(3)),
                List.of(run.get(0), run.get(1), match("a1", "a4", 0.7, "santiago"), run.get(3)),
                List.of(match("a1", "a2", 0.9, "guaido"), match("a1", "a5", 0.6, "cusco")));
        for (List<Match> edited : edits) {
            ExportedMatches exported = new ExportedMatches();
            written(exported, run, true);
            assertEquals(written(new ExportedMatches(), edited, false), written(exported, edited, true),
                    edited.toString());
            assertEquals(written(new ExportedMatches(), run, false), written(exported, run, true), "and back");
        }
    }
}

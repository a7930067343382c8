package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JoinedNamesTest {

    private static NameChains written(String first, String second) {
        NameChains chains = new NameChains();
        chains.written(first, second);
        return chains;
    }

    @Test
    void aRebuildWhoseNamesAreWrittenAndSpelledAlikeTakesTheLastMemo() {
        JoinedNames kept = new JoinedNames();
        Map<List<String>, List<String>> first = kept.memo(written("juan", "guaido"), Map.of("guaido", "Guaidó"), true);
        first.put(List.of("guaido", "juan"), List.of("juan Guaidó"));
        assertSame(first, kept.memo(written("juan", "guaido"), Map.of("guaido", "Guaidó"), true));
    }

    @Test
    void otherPairsOrSpellingsStartAnEmptyMemo() {
        JoinedNames kept = new JoinedNames();
        kept.memo(written("juan", "guaido"), Map.of("guaido", "Guaidó"), true)
                .put(List.of("guaido", "juan"), List.of("juan Guaidó"));
        assertTrue(kept.memo(written("juan", "perez"), Map.of("guaido", "Guaidó"), true).isEmpty(), "another pair");
        kept.memo(written("juan", "guaido"), Map.of("guaido", "Guaidó"), true)
                .put(List.of("guaido", "juan"), List.of("juan Guaidó"));
        assertTrue(kept.memo(written("juan", "guaido"), Map.of("guaido", "Guaido"), true).isEmpty(),
                "another spelling");
    }

    @Test
    void aBuildWithoutACacheNeitherTakesNorKeeps() {
        JoinedNames kept = new JoinedNames();
        Map<List<String>, List<String>> first = kept.memo(written("juan", "guaido"), Map.of(), true);
        assertNotSame(first, kept.memo(written("juan", "guaido"), Map.of(), false));
        assertSame(first, kept.memo(written("juan", "guaido"), Map.of(), true), "the last kept memo is left as it was");
    }
}

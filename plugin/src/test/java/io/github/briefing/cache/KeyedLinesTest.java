package io.github.briefing.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KeyedLinesTest {

    @Test
    void keepsOnlyThisBuildsValuesForTheNextBuildOfTheSameContext(@TempDir Path folder) throws Exception {
        KeyedLines first = KeyedLines.open(folder, "values.tsv", "settings A");
        first.put("harbour", "ferry\u001fport");
        first.put("orchard", "apple");
        first.save();
        KeyedLines second = KeyedLines.open(folder, "values.tsv", "settings A");
        second.put("harbour", second.previous("harbour"));
        second.save();

        KeyedLines third = KeyedLines.open(folder, "values.tsv", "settings A");
        assertEquals("ferry\u001fport", third.previous("harbour"));
        assertNull(third.previous("orchard"), "not used by the second build");
        assertNull(KeyedLines.open(folder, "values.tsv", "settings B").previous("harbour"));
    }

    @Test
    void aDamagedFileIsAnEmptyOne(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("values.tsv"), new byte[] {(byte) 0xff, (byte) 0xfe, '\n', 'x'});
        assertNull(KeyedLines.open(folder, "values.tsv", "").previous("x"));
    }

    @Test
    void refusesWhatWouldBreakALine(@TempDir Path folder) {
        KeyedLines lines = KeyedLines.open(folder, "values.tsv", "");
        assertThrows(IllegalArgumentException.class, () -> lines.put("a\tb", "c"));
        assertThrows(IllegalArgumentException.class, () -> lines.put("a", "b\nc"));
    }
}

package io.github.briefing.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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

    @Test
    void theNextBuildOfTheProcessTakesTheValuesItsLastBuildWroteOnlyFromThatFile(@TempDir Path folder)
            throws Exception {
        String value = new String("ferry port".toCharArray());
        KeyedLines first = KeyedLines.open(folder, "kept.tsv", "settings A");
        first.put("harbour", value);
        first.save();
        assertSame(value, KeyedLines.open(folder, "kept.tsv", "settings A").previous("harbour"),
                "the file as the last build wrote it: its values as that build held them");
        assertNull(KeyedLines.open(folder, "kept.tsv", "settings B").previous("harbour"));

        // Written again by someone else: the same length and time, another value.
        Path file = folder.resolve("kept.tsv");
        FileTime written = Files.getLastModifiedTime(file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text.replace("ferry port", "ferry pier"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, written);
        KeyedLines changed = KeyedLines.open(folder, "kept.tsv", "settings A");
        assertEquals("ferry pier", changed.previous("harbour"));

        // The same file read again is taken from memory; a file of that name in another folder is not.
        String read = changed.previous("harbour");
        assertSame(read, KeyedLines.open(folder, "kept.tsv", "settings A").previous("harbour"));
        Path other = Files.createDirectories(folder.resolve("other"));
        Files.copy(file, other.resolve("kept.tsv"));
        Files.setLastModifiedTime(other.resolve("kept.tsv"), written);
        String elsewhere = KeyedLines.open(other, "kept.tsv", "settings A").previous("harbour");
        assertEquals("ferry pier", elsewhere);
        assertNotSame(read, elsewhere);
        Files.delete(file);
        assertNull(KeyedLines.open(folder, "kept.tsv", "settings A").previous("harbour"));
    }
}

package io.github.briefing.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputFolderTest {

    @Test
    void deletingASiteRemovesEveryFileAndFolderButNothingALinkPointsTo(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        for (int i = 0; i < 300; i++) {
            Path page = site.resolve("part" + i % 7).resolve("deeper").resolve("page" + i + ".html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, "page " + i);
        }
        Path outside = Files.writeString(work.resolve("outside.txt"), "kept");
        Files.createSymbolicLink(site.resolve("link"), outside);
        Files.createSymbolicLink(site.resolve("part1").resolve("folder-link"), work);

        OutputFolder.deleteTree(site);

        assertFalse(Files.exists(site));
        assertTrue(Files.isRegularFile(outside));
    }
}

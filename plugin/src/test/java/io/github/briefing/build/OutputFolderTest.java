package io.github.briefing.build;

import io.github.briefing.cache.SiteFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aSiteThatKeepsPagesGetsItsNewFilesAndLosesWhatItNoLongerHolds(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        write(site, "index.html", "old index");
        write(site, "articles/kept.html", "kept page");
        write(site, "articles/gone.html", "a page of an article deleted since");
        write(site, "stories/only.html", "the one page of a folder that goes");
        Path outside = Files.writeString(work.resolve("outside.txt"), "not ours");
        Files.createSymbolicLink(site.resolve("articles/link.html"), outside);

        SiteFiles listing = SiteFiles.of(site);
        OutputFolder folder = OutputFolder.prepare(site);
        write(folder.fresh(), "index.html", "new index");
        write(folder.fresh(), "sources/new.html", "a page in a new folder");
        folder.commit(Set.of("articles/kept.html"), listing);

        assertEquals(Set.of("index.html", "articles/kept.html", "sources/new.html"), files(site));
        assertEquals("new index", Files.readString(site.resolve("index.html")));
        assertEquals("kept page", Files.readString(site.resolve("articles/kept.html")));
        assertFalse(Files.exists(site.resolve("stories")), "a folder left empty goes too");
        assertFalse(Files.exists(folder.fresh()));
        assertTrue(Files.isRegularFile(outside), "a link is removed, not followed");
    }

    @Test
    void aSiteThatKeepsNothingReplacesTheFolderWhole(@TempDir Path work) throws Exception {
        Path site = work.resolve("site");
        write(site, "index.html", "old index");
        write(site, "articles/gone.html", "gone");

        OutputFolder folder = OutputFolder.prepare(site);
        write(folder.fresh(), "index.html", "new index");
        folder.commit(Set.of(), null);

        assertEquals(Set.of("index.html"), files(site));
        assertEquals("new index", Files.readString(site.resolve("index.html")));
    }

    private static void write(Path root, String relative, String text) throws Exception {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The files and links below {@code root}, as paths relative to it with forward slashes. */
    private static Set<String> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}

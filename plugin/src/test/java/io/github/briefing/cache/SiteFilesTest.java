package io.github.briefing.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteFilesTest {

    @TempDir
    Path work;

    @Test
    void aFolderIsListedAsPagesAreNamedWithItsLinksAsFilesButNotAsPlainOnes() throws Exception {
        Path site = work.resolve("site");
        Files.createDirectories(site.resolve("articles/deep"));
        Files.writeString(site.resolve("index.html"), "index");
        Files.writeString(site.resolve("articles/deep/page.html"), "page");
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.writeString(outside.resolve("secret.html"), "not ours");
        Files.createSymbolicLink(site.resolve("articles/link.html"), outside.resolve("secret.html"));
        Files.createSymbolicLink(site.resolve("elsewhere"), outside);

        SiteFiles listed = SiteFiles.of(site);

        assertEquals(site.toAbsolutePath().normalize(), listed.folder());
        assertEquals(Set.of("index.html", "articles/deep/page.html", "articles/link.html", "elsewhere"),
                listed.files());
        assertEquals(Set.of("index.html", "articles/deep/page.html"), listed.regular());
        assertEquals(List.of("articles/deep", "articles", ""), listed.folders(), "each folder after what it holds");
    }

    @Test
    void whatIsNoFolderHoldsNothing() throws Exception {
        assertTrue(SiteFiles.of(work.resolve("missing")).files().isEmpty());
        Path file = Files.writeString(work.resolve("file.html"), "a file where the site would be");
        assertTrue(SiteFiles.of(file).files().isEmpty());
    }
}

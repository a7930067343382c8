package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteWriterTest {

    @Test
    void aPageWhoseFileFailsUnderATemplateEngineIsAFileThatCannotBeWritten(@TempDir Path site) {
        IOException full = new IOException("No space left on device");
        SiteWriter writer = new SiteWriter(site, null);
        // As a template engine reports a failure of the writer it was given: wrapped in an exception of its own.
        SiteWriteException e = assertThrows(SiteWriteException.class, () -> writer.page("articles/a.html", () -> "",
                page -> {
                    throw new IllegalStateException("An error happened during template rendering", full);
                }));
        assertEquals(site.resolve("articles/a.html"), e.path());
        assertSame(full, e.getCause());
    }

    @Test
    void aFailureThatIsNotTheFilesIsLeftAsItIs(@TempDir Path site) {
        SiteWriter writer = new SiteWriter(site, null);
        IllegalStateException bug = new IllegalStateException("no such variable");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> writer.page("index.html", () -> "",
                page -> {
                    throw bug;
                })));
        // A template of the user's that could not read a fragment of theirs: their template to fix.
        TemplateFailure theirs = new TemplateFailure(site.resolve("templates/article.html"), 3, "no fragment",
                new IOException("templates/parts.html not found"));
        assertSame(theirs, assertThrows(TemplateFailure.class, () -> writer.page("index.html", () -> "",
                page -> {
                    throw theirs;
                })));
    }
}

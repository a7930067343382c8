package io.github.briefing.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteBuildTest {

    @Test
    void aSiteFolderThatCannotBeWrittenStopsTheBuildNamingItAndWhatToDo(@TempDir Path work) throws Exception {
        Path articles = Files.createDirectories(work.resolve("content/articles"));
        Files.writeString(articles.resolve("harbour.txt"), """
                Harbour reopens in Tallinn

                The harbour of Tallinn reopened on Monday after a storm kept 40 ships at sea, officials said.
                """);
        String note = "a file of the user's where the site's folder would go";
        Path inTheWay = Files.writeString(work.resolve("public"), note);
        BuildSettings settings = BuildSettings.forContent(work.resolve("content"), inTheWay.resolve("site"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new SiteBuild(settings, BuildLog.SILENT).run());
        assertTrue(e.getMessage().startsWith("Cannot write the site:"), e.getMessage());
        assertTrue(e.getMessage().contains(inTheWay + ": cannot be written: a file is in the way"), e.getMessage());
        assertTrue(e.getMessage().contains("briefing.output"), e.getMessage());
        assertEquals(note, Files.readString(inTheWay));
    }
}

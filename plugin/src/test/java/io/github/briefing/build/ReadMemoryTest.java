package io.github.briefing.build;

import io.github.briefing.cache.ReadCache;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.read.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadMemoryTest {

    private static final String LETTER = "Subscribe to the harbour letter";

    /** A page of one of three sites, its report one of a dozen; the first nine pages also ask for a subscription. */
    private static String page(int n) {
        return "Section " + n % 3 + "\nEdition of site " + n % 3 + "\n" + (n < 9 ? LETTER + "\n" : "")
                + "Inspectors counted " + n % 12 + " cracked beams under the old river crossing this week. The repair "
                + "crew of district " + n % 12 + " will need at least " + (n % 12 + 3) + " more days to finish.\n";
    }

    @Test
    void aRebuildCountsOnlyWhatChangedAndGetsTheCountsOfACleanRead(@TempDir Path work) throws IOException {
        Path articles = work.resolve("articles");
        Path cache = work.resolve("cache");
        Files.createDirectories(articles);
        for (int n = 0; n < 120; n++) {
            Files.writeString(articles.resolve("page-" + n + ".txt"), page(n));
        }
        Set<String> first = read(articles, cache);
        assertEquals(clean(articles), first);

        // Two of its carriers lose the line, one page goes and two come: the kept counts take out the old pages.
        Files.writeString(articles.resolve("page-0.txt"), page(12));
        Files.writeString(articles.resolve("page-1.txt"), page(13));
        Files.delete(articles.resolve("page-119.txt"));
        Files.writeString(articles.resolve("page-120.txt"), page(120));
        Files.writeString(articles.resolve("page-121.txt"), page(121) + "Follow us\n");
        Set<String> rebuilt = read(articles, cache);

        assertEquals(clean(articles), rebuilt);
        assertEquals(first.size() - 1, rebuilt.size(), "seven texts carry the letter's line now, one short");
        assertEquals(rebuilt, read(articles, cache), "nothing changed");
        Files.writeString(articles.resolve("page-0.txt"), page(0));
        assertEquals(clean(articles), read(articles, cache));
    }

    /** The template lines of a build with a cache, which keeps what it read for the next. */
    private static Set<String> read(Path articles, Path cache) throws IOException {
        ReadMemory memory = new ReadMemory(ReadCache.open(cache, articles));
        CorpusReader.read(articles, null, memory);
        SharedLines shared = memory.shared();
        memory.cache().save();
        return shared.templateLines();
    }

    private static Set<String> clean(Path articles) {
        ReadMemory memory = new ReadMemory(null);
        CorpusReader.read(articles, null, memory);
        return memory.shared().templateLines();
    }
}

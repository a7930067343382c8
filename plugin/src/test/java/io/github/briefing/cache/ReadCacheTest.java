package io.github.briefing.cache;

import io.github.briefing.clean.SharedLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadCacheTest {

    private static final Path ARTICLES = Path.of("articles");
    private static final Path FILE = ARTICLES.resolve("harbour.jsonl");
    private static final byte[] BYTES = "two records".getBytes(StandardCharsets.UTF_8);
    private static final String DIGEST = ReadCache.digest(BYTES);
    private static final List<ReadCache.Article> READ = List.of(
            new ReadCache.Article("harbour#1", 1, "key one", new SharedLines.Lines(Set.of("menu", "share this"),
                    new long[] {-5, 7})),
            new ReadCache.Article("harbour#2", 2, "key two", new SharedLines.Lines(Set.of(), new long[0])));

    private static void firstBuild(Path folder) throws Exception {
        ReadCache cache = ReadCache.open(folder, ARTICLES);
        assertNull(cache.recall(FILE, DIGEST), "an empty cache knows no file");
        cache.keep(FILE, DIGEST, READ);
        cache.save();
    }

    @Test
    void recallsAFileWhoseBytesAreUnchanged(@TempDir Path folder) throws Exception {
        firstBuild(folder);

        List<ReadCache.Article> recalled = ReadCache.open(folder, ARTICLES)
                .recall(FILE, ReadCache.digest(BYTES.clone()));

        assertNotNull(recalled);
        assertEquals(List.of("harbour#1", "harbour#2"), recalled.stream().map(ReadCache.Article::id).toList());
        assertEquals(List.of(1, 2), recalled.stream().map(ReadCache.Article::line).toList());
        assertEquals(List.of("key one", "key two"), recalled.stream().map(ReadCache.Article::key).toList());
        assertEquals(Set.of("menu", "share this"), recalled.get(0).lines().keys());
        assertArrayEquals(new long[] {-5, 7}, recalled.get(0).lines().sentences());
    }

    @Test
    void decodesAgainAFileWhoseBytesChanged(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        byte[] edited = BYTES.clone();
        edited[0] = 'T';

        assertNull(ReadCache.open(folder, ARTICLES).recall(FILE, ReadCache.digest(edited)));
    }

    @Test
    void knowsFilesByPathAndArticlesFolder(@TempDir Path folder) throws Exception {
        firstBuild(folder);

        assertNull(ReadCache.open(folder, ARTICLES).recall(ARTICLES.resolve("other.jsonl"), DIGEST));
        assertNull(ReadCache.open(folder, Path.of("elsewhere")).recall(FILE, DIGEST), "ids are paths under it");
    }

    @Test
    void keepsOnlyTheFilesOfTheLastBuild(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        ReadCache second = ReadCache.open(folder, ARTICLES);
        Path other = ARTICLES.resolve("other.txt");
        second.keep(other, DIGEST, READ.subList(1, 2));
        second.save();

        ReadCache third = ReadCache.open(folder, ARTICLES);

        assertNull(third.recall(FILE, DIGEST), "not read by the second build");
        assertEquals(1, third.recall(other, DIGEST).size());
    }

    @Test
    void aDamagedFileRecallsNothing(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        Path file = folder.resolve("reads.bin");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));

        assertNull(ReadCache.open(folder, ARTICLES).recall(FILE, DIGEST));
    }

    @Test
    void carriesAnUnchangedFilesEntryToTheNextBuildWithoutDecodingIt(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        ReadCache second = ReadCache.open(folder, ARTICLES);
        byte[] edited = BYTES.clone();
        edited[0] = 'T';
        assertFalse(second.carry(FILE, ReadCache.digest(edited)), "another file's bytes");
        assertTrue(second.carry(FILE, DIGEST));
        second.save();

        assertEquals(READ.stream().map(ReadCache.Article::key).toList(),
                ReadCache.open(folder, ARTICLES).recall(FILE, DIGEST).stream().map(ReadCache.Article::key).toList());
    }

    @Test
    void anEntryWithACountPastItsEndRecallsNothing(@TempDir Path folder) throws Exception {
        firstBuild(folder);
        Path file = folder.resolve("reads.bin");
        byte[] bytes = Files.readAllBytes(file);
        // The second article's sentence count (its last four bytes), now far more than the bytes left.
        bytes[bytes.length - 4] = 0x10;
        Files.write(file, bytes);

        assertNull(ReadCache.open(folder, ARTICLES).recall(FILE, DIGEST));
    }
}

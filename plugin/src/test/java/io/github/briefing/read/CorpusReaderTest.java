package io.github.briefing.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private Corpus read() {
        return CorpusReader.read(dir, dir.resolve("sources.yml"), article -> { });
    }

    /** The articles the later stages get: the sound files, read again. */
    private static List<RawArticle> articles(Corpus corpus) {
        List<Problem> changed = new ArrayList<>();
        List<RawArticle> articles = corpus.soundFiles().stream()
                .flatMap(file -> corpus.reread(file, changed).stream()).toList();
        assertEquals(List.of(), changed);
        return articles;
    }

    @Test
    void readsPlainTextWithIdFromPath() throws IOException {
        write("wire/one.txt", "The harbour reopened on Friday.\r\n\r\nShips queued outside.  \n");
        RawArticle article = articles(read()).get(0);
        assertEquals("wire/one", article.id());
        assertEquals("The harbour reopened on Friday.\n\nShips queued outside.", article.text());
        assertEquals(GivenFacts.NONE, article.given());
    }

    @Test
    void readsMarkdownFrontMatter() throws IOException {
        write("a.md", "---\ntitle: Harbour reopens\ndate: 2021-05-04\nsource: Port Times\nlanguage: EN\n"
                + "author: Ana Ruiz\n---\n\nShips *queued* outside.\n\nThe port said so.\n");
        RawArticle article = articles(read()).get(0);
        assertEquals("Harbour reopens", article.given().title());
        assertEquals(LocalDate.of(2021, 5, 4), article.given().date());
        assertEquals("Port Times", article.given().outlet());
        assertEquals("en", article.given().lang());
        assertEquals("Ana Ruiz", article.given().author());
        assertEquals("Ships queued outside.\n\nThe port said so.", article.text());
    }

    @Test
    void quotedFrontMatterValuesAreReadAsYamlAndAnUnclosedQuoteIsAProblemOnItsLine() throws IOException {
        write("a.md", "---\ndate: 2021-05-04\ntitle: \"Harbour reopens\n---\n\nShips queued outside.\n");
        write("b.md", "---\ntitle: \"Harbour \\\"reopens\\\"\" # quoted\nsource: 'Port''s Times'\n"
                + "author: Ana: the desk\n---\n\nThe port said so.\n");
        write("c.md", "---\ntitle: Harbour reopens\nwires:\n  - 'AP\n---\n\nThe port said so.\n");
        Corpus corpus = read();
        assertEquals(2, corpus.problems().size(), corpus.problems().toString());
        assertTrue(corpus.problems().stream().anyMatch(p -> p.file().endsWith("c.md") && p.line() == 4),
                "a list item's quote too: " + corpus.problems());
        Problem problem = corpus.problems().stream().filter(p -> p.file().endsWith("a.md")).findFirst().orElseThrow();
        assertTrue(problem.file().endsWith("a.md") && problem.line() == 3, problem.toString());
        assertTrue(problem.what().contains("quote") && problem.fix().contains("quote"), problem.toString());
        GivenFacts given = articles(corpus).get(0).given();
        assertEquals("Harbour \"reopens\"", given.title(), "quotes taken off, escapes read, the comment dropped");
        assertEquals("Port's Times", given.outlet());
        assertEquals("Ana: the desk", given.author(), "an unquoted value is taken as written");
    }

    @Test
    void readsJsonObjectArrayAndLinesWithSynonyms() throws IOException {
        write("one.json", "{\"headline\": \"A\", \"body\": \"First text.\", \"published_at\": \"2020-01-02T10:00:00Z\"}");
        write("many.json", "[{\"id\": \"x1\", \"content\": \"Second text.\"}, {\"text\": \"Third text.\", \"lang\": \"de\"}]");
        write("feed.jsonl", "{\"text\": \"Fourth text.\", \"publisher\": \"Daily\"}\n\n{\"text\": \"Fifth text.\"}\n");
        Corpus corpus = read();
        assertTrue(corpus.problems().isEmpty(), corpus.problems().toString());
        List<String> ids = articles(corpus).stream().map(RawArticle::id).toList();
        assertEquals(List.of("feed#1", "feed#3", "x1", "many#1", "one"), ids);
        RawArticle one = articles(corpus).get(4);
        assertEquals("A", one.given().title());
        assertEquals(LocalDate.of(2020, 1, 2), one.given().date());
        assertEquals("Daily", articles(corpus).get(0).given().outlet());
        assertEquals("de", articles(corpus).get(3).given().lang());
    }

    @Test
    void listsEveryProblemAtOnceWithFileAndLine() throws IOException {
        write("empty.txt", "");
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path broken = write("broken.md", "---\ntitle: Harbour\nthis is not yaml\n---\nText.\n");
        write("open.md", "---\ntitle: Harbour\n\nText without an end of the front matter.\n");
        Path lines = write("feed.jsonl", "{\"text\": \"Fine.\"}\n{\"text\": \"Broken\"\n{\"title\": \"no text\"}\n");
        Path dated = write("dated.json", "{\"text\": \"Fine.\", \"date\": \"2019-02-30\"}");
        List<Problem> problems = read().problems();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(broken) && p.line() == 3));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(lines) && p.line() == 2
                && p.what().startsWith("malformed JSON")));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(lines) && p.line() == 3
                && p.what().contains("no text")));
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(dated) && p.what().contains("2019-02-30")));
        problems.forEach(p -> assertTrue(!p.fix().isBlank() && p.toString().startsWith(p.file().toString())));
    }

    @Test
    void showsEveryArticleOnceAndReadsOnlySoundFilesAgain() throws IOException {
        Path single = write("a.txt", "First text.");
        Path feed = write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        write("bad.jsonl", "{\"text\": \"Fine.\"}\n{\"text\": \n");
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Corpus corpus = CorpusReader.read(dir, dir.resolve("sources.yml"), article -> seen.add(article.id()));
        assertEquals(4, seen.size(), seen.toString());
        assertEquals(Set.of("a", "feed#1", "feed#2", "bad#1"), Set.copyOf(seen));
        assertEquals(List.of(single, feed), corpus.soundFiles());
        assertEquals(3, corpus.sound());
        assertEquals(List.of("a", "feed#1", "feed#2"), articles(corpus).stream().map(RawArticle::id).toList());
    }

    @Test
    void aFileBrokenBetweenTwoReadsIsAProblemNotALoss() throws IOException {
        Path feed = write("feed.jsonl", "{\"text\": \"One.\"}\n");
        Corpus corpus = read();
        write("feed.jsonl", "{\"text\": \n");
        List<Problem> changed = new ArrayList<>();
        assertEquals(List.of(), corpus.reread(feed, changed));
        assertEquals(1, changed.size());
        assertEquals(feed, changed.get(0).file());
    }

    @Test
    void refusesTwoArticlesWithOneId() throws IOException {
        write("a.txt", "Some text.");
        write("a.md", "Other text.");
        Corpus corpus = read();
        assertEquals(1, articles(corpus).size());
        assertTrue(corpus.problems().get(0).what().contains("already used"));
    }

    @Test
    void listsFilesThatAreNoArticles() throws IOException {
        write("notes.docx", "x");
        write("a.txt", "Some text.");
        assertEquals(List.of(dir.resolve("notes.docx")), read().ignored());
    }

    @Test
    void readsOutletsFromSourcesFile() throws IOException {
        write("a.txt", "Some text.");
        write("sources.yml", "port:\n  name: Port Times\n  homepage: https://www.porttimes.example\n  country: NZ\n"
                + "daily: The Daily\n");
        Outlets outlets = read().outlets();
        assertEquals("Port Times", outlets.forUrl("https://news.porttimes.example/a/1").orElseThrow().name());
        assertEquals("The Daily", outlets.find("DAILY").orElseThrow().name());
        assertNull(outlets.find("unknown").orElse(null));
    }

    @Test
    void reportsBrokenSourcesFile() throws IOException {
        write("a.txt", "Some text.");
        write("sources.yml", "port: [unclosed\n");
        assertTrue(read().problems().get(0).what().contains("sources.yml"));
    }
}

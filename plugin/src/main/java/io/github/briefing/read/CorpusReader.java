package io.github.briefing.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The read stage: finds article files below a folder, decodes and parses them, and collects every problem. It
 * reads a few hundred files at a time and keeps no text: what needs every article's text (the lines shared across
 * the corpus) watches them go by, and the later stages read the files again through {@link Corpus#articles}.
 */
public final class CorpusReader {

    /** Files read at once, in parallel; their texts are all that the read stage holds at any time. */
    private static final int BATCH = 256;

    private CorpusReader() {
    }

    /** Reads every article once, handing each to {@code each} (from several threads), and returns what was found. */
    public static Corpus read(Path articlesFolder, Path sourcesFile, Consumer<RawArticle> each) {
        return read(articlesFolder, sourcesFile, KnownFiles.none(each));
    }

    /** Reads every file once, decoding those that {@code known} does not recall by their bytes. */
    public static Corpus read(Path articlesFolder, Path sourcesFile, KnownFiles known) {
        List<Problem> problems = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        List<Path> files = find(articlesFolder, problems, ignored);
        Map<Path, Integer> articlesPerFile = new HashMap<>();
        Map<String, Located> byId = new HashMap<>();
        for (int start = 0; start < files.size(); start += BATCH) {
            List<FileRead> batch = files.subList(start, Math.min(files.size(), start + BATCH)).parallelStream()
                    .map(file -> FileRead.of(articlesFolder, file, known)).toList();
            // In file order, so that which of two articles with one id is the duplicate never depends on timing.
            for (FileRead read : batch) {
                problems.addAll(read.problems());
                articlesPerFile.put(read.file(), read.articles().size());
                for (Located article : read.articles()) {
                    Located earlier = byId.putIfAbsent(article.id(), article);
                    if (earlier != null) {
                        problems.add(new Problem(article.file(), article.line(), "the id '" + article.id()
                                + "' is already used by " + earlier.file() + (earlier.line() > 0 ? ":" + earlier.line() : ""),
                                "Give one of the two articles another id (or file name)"));
                    }
                }
            }
        }
        return new Corpus(articlesFolder, articlesPerFile, problems, ignored, Outlets.read(sourcesFile, problems));
    }

    /** Where an article was found, without its text. */
    private record Located(String id, Path file, int line) {
    }

    /** One file's articles (located only) and problems. */
    private record FileRead(Path file, List<Located> articles, List<Problem> problems) {

        static FileRead of(Path root, Path file, KnownFiles known) {
            List<Problem> problems = new ArrayList<>();
            if (ArticleFormat.forFile(file).isEmpty()) {
                return new FileRead(file, List.of(), problems);
            }
            byte[] bytes = bytes(file, problems);
            if (bytes == null) {
                return new FileRead(file, List.of(), problems);
            }
            List<KnownFiles.Known> recalled = known.recall(file, bytes);
            if (recalled != null) {
                return new FileRead(file, recalled.stream().map(k -> new Located(k.id(), file, k.line())).toList(),
                        problems);
            }
            List<RawArticle> articles = parse(root, file, bytes, problems);
            known.decoded(file, bytes, articles, problems.isEmpty());
            return new FileRead(file, articles.stream().map(a -> new Located(a.id(), a.file(), a.line())).toList(),
                    problems);
        }
    }

    /** One file's articles; what is wrong with it goes to {@code problems}. */
    static List<RawArticle> readFile(Path root, Path file, List<Problem> problems) {
        if (ArticleFormat.forFile(file).isEmpty()) {
            return List.of();
        }
        byte[] bytes = bytes(file, problems);
        return bytes == null ? List.of() : parse(root, file, bytes, problems);
    }

    /** The file's bytes, or null when it cannot be read (a problem then). */
    private static byte[] bytes(Path file, List<Problem> problems) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "the file cannot be read (" + e.getClass().getSimpleName() + ")",
                    "Check that the file exists and that you may read it"));
            return null;
        }
    }

    /** The articles of a file of a known format, decoded from its bytes. */
    private static List<RawArticle> parse(Path root, Path file, byte[] bytes, List<Problem> problems) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isEmpty()) {
            problems.add(new Problem(file, 0, decoded.what(), decoded.fix()));
            return List.of();
        }
        return ArticleFormat.forFile(file).orElseThrow().parse(fileId(root, file), file, decoded.text().get(),
                problems);
    }

    /** The article id of DESIGN.md: the path under the articles folder, without extension, '/' as separator. */
    static String fileId(Path root, Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        int dot = relative.lastIndexOf('.');
        return dot > relative.lastIndexOf('/') + 1 ? relative.substring(0, dot) : relative;
    }

    private static List<Path> find(Path folder, List<Problem> problems, List<Path> ignored) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(new Problem(folder, 0, "the articles folder does not exist",
                    "Create it and put article files in it, or point briefing.articles at your articles"));
            return files;
        }
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isSymbolicLink()) {
                                // Only a link whose target is gone is visited as a link when links are followed.
                                problems.add(new Problem(file, 0, "a symbolic link to a file that does not exist",
                                        "Remove the link, or restore what it points to"));
                            } else if (!attrs.isRegularFile()) {
                                // A named pipe or a device would block the build or never end.
                                problems.add(new Problem(file, 0, "not a regular file (a pipe, socket or device)",
                                        "Move it out of the articles folder"));
                            } else if (ArticleFormat.forFile(file).isPresent()) {
                                files.add(file);
                            } else {
                                ignored.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                problems.add(new Problem(file, 0, "a symbolic link here loops back to a folder above it",
                                        "Remove the link, or point it outside the articles folder"));
                            } else {
                                problems.add(new Problem(file, 0, "cannot be read ("
                                        + e.getClass().getSimpleName() + ")", "Check that it exists and that you may read it"));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new Problem(folder, 0, "the articles folder cannot be listed (" + e.getMessage() + ")",
                    "Check that you may read it"));
        }
        files.sort(null);
        ignored.sort(null);
        return files;
    }
}

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
import java.util.Optional;

/** The read stage: finds article files below a folder, decodes and parses them, and collects every problem. */
public final class CorpusReader {

    private CorpusReader() {
    }

    public static Corpus read(Path articlesFolder, Path sourcesFile) {
        List<Problem> problems = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        List<Path> files = find(articlesFolder, problems, ignored);
        List<RawArticle> articles = new ArrayList<>();
        Map<String, RawArticle> byId = new HashMap<>();
        for (Path file : files) {
            for (RawArticle article : readFile(articlesFolder, file, problems)) {
                RawArticle earlier = byId.putIfAbsent(article.id(), article);
                if (earlier == null) {
                    articles.add(article);
                } else {
                    problems.add(new Problem(article.file(), article.line(), "the id '" + article.id()
                            + "' is already used by " + earlier.file() + (earlier.line() > 0 ? ":" + earlier.line() : ""),
                            "Give one of the two articles another id (or file name)"));
                }
            }
        }
        return new Corpus(articles, problems, ignored, Outlets.read(sourcesFile, problems));
    }

    private static List<RawArticle> readFile(Path root, Path file, List<Problem> problems) {
        Optional<ArticleFormat> format = ArticleFormat.forFile(file);
        if (format.isEmpty()) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "the file cannot be read (" + e.getClass().getSimpleName() + ")",
                    "Check that the file exists and that you may read it"));
            return List.of();
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isEmpty()) {
            problems.add(new Problem(file, 0, decoded.what(), decoded.fix()));
            return List.of();
        }
        return format.get().parse(fileId(root, file), file, decoded.text().get(), problems);
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
                            if (!attrs.isRegularFile()) {
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

package io.github.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the output folder as a whole: the new site is written to a temporary folder beside it and swapped in
 * only when complete, so a failed or killed build leaves the previous site as it was.
 */
final class OutputFolder {

    private final Path target;
    private final Path fresh;
    private final Path old;

    private OutputFolder(Path output) {
        target = output.toAbsolutePath().normalize();
        fresh = target.resolveSibling("." + target.getFileName() + ".briefing-new");
        old = target.resolveSibling("." + target.getFileName() + ".briefing-old");
    }

    /** Makes the empty folder the new site is written to, beside {@code output}. */
    static OutputFolder prepare(Path output) {
        OutputFolder folder = new OutputFolder(output);
        try {
            Files.createDirectories(folder.target.getParent());
            deleteTree(folder.fresh);
            deleteTree(folder.old);
            Files.createDirectories(folder.fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the site folder " + folder.fresh, e);
        }
        return folder;
    }

    /** Where the new site is written. */
    Path fresh() {
        return fresh;
    }

    /** Swaps the new site in and deletes the previous one. */
    void commit() {
        try {
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the site folder " + target, e);
        }
    }

    /** Drops a new site that failed half-way; the previous one stays. */
    void abandon() {
        try {
            deleteTree(fresh);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the unfinished site " + fresh + "; delete it by hand", e);
        }
    }

    /**
     * Deletes a folder we made; links inside it are removed, never followed. Files go on all cores: a site is tens
     * of thousands of them, each a call to the file system.
     */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir); // after everything inside it
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            files.parallelStream().forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path dir : folders) {
            Files.delete(dir);
        }
    }
}

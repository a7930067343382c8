package io.github.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.Function;

/**
 * Replaces the output folder as a whole: the new site is written to a temporary folder beside it and swapped in
 * only when complete, so a failed or killed build leaves the previous site as it was.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static <T> T replace(Path output, Function<Path, T> writer) {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path fresh = parent.resolve("." + target.getFileName() + ".briefing-new");
        Path old = parent.resolve("." + target.getFileName() + ".briefing-old");
        try {
            Files.createDirectories(parent);
            deleteTree(fresh);
            deleteTree(old);
            Files.createDirectories(fresh);
            T result;
            try {
                result = writer.apply(fresh);
            } catch (RuntimeException e) {
                deleteTree(fresh);
                throw e;
            }
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the site folder " + target, e);
        }
    }

    /** Deletes a folder we made; links inside it are removed, never followed. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}

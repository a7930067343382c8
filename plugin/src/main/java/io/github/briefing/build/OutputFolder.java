package io.github.briefing.build;

import io.github.briefing.cache.SiteFiles;
import io.github.briefing.render.SiteWriteException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Replaces the output folder: the new site's files are written to a temporary folder beside it and put in place
 * only when complete, so a failed build leaves the previous site as it was.
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
            throw new SiteWriteException(folder.fresh, e);
        }
        return folder;
    }

    /** Where the new site is written. */
    Path fresh() {
        return fresh;
    }

    /**
     * Puts the new site in place of the previous one. When it keeps files of the previous one ({@code kept}, paths
     * relative to the site), the files written for it are moved in among them and the previous files it does not
     * hold are deleted: a rebuild after one edit writes a few dozen of tens of thousands of files, and linking all
     * the others into the new folder, then deleting the previous one, cost it more than its pages. Otherwise the new
     * folder is swapped in whole. Either way the site holds what a build from nothing would.
     *
     * @param previous what the site folder held before this build (listed once for the build, which changed nothing
     *                 in it since); read only when pages are kept
     */
    void commit(Set<String> kept, SiteFiles previous) {
        try {
            if (kept.isEmpty() || !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                moveIn(kept, previous);
            }
        } catch (IOException e) {
            throw new SiteWriteException(target, e);
        }
    }

    /** Moves the files written into the previous site, and deletes its files that are neither kept nor replaced. */
    private void moveIn(Set<String> kept, SiteFiles previous) throws IOException {
        if (!previous.folder().equals(target)) {
            throw new IllegalArgumentException("a listing of " + previous.folder() + " for the site " + target);
        }
        SiteFiles written = SiteFiles.of(fresh);
        Set<String> holds = new HashSet<>(kept);
        holds.addAll(written.files());
        for (String file : previous.files()) {
            if (!holds.contains(file)) {
                Files.delete(target.resolve(file));
            }
        }
        for (String file : written.files()) {
            Path into = target.resolve(file);
            Files.createDirectories(into.getParent());
            Files.move(fresh.resolve(file), into, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        // A folder whose files all went is not part of the new site (the target itself stays, even if empty).
        for (String folder : previous.folders()) {
            if (!folder.isEmpty() && isEmpty(target.resolve(folder))) {
                Files.delete(target.resolve(folder));
            }
        }
        deleteTree(fresh);
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
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
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(folder); // a link or a file where the folder was
            return;
        }
        SiteFiles all = SiteFiles.of(folder);
        try {
            all.files().parallelStream().forEach(file -> {
                try {
                    Files.delete(all.folder().resolve(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (String dir : all.folders()) {
            Files.delete(all.folder().resolve(dir));
        }
    }
}

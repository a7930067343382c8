package io.github.briefing.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a site folder holds, listed once: a rebuild asks of every page whether the last build's file is still there,
 * and then deletes what the new site no longer holds. Asking the file system once per page and walking the folder
 * again to delete cost a rebuild of 10,000 articles as much as its match stage's scoring. Paths are relative to the
 * folder, with forward slashes, as pages are named; links are listed as files, never followed.
 *
 * @param folder  the folder listed
 * @param files   every file and link below it
 * @param regular the plain files among them (a link is no page to keep)
 * @param folders the folders below it and itself, each after everything inside it
 */
public record SiteFiles(Path folder, Set<String> files, Set<String> regular, List<String> folders) {

    /** Lists {@code folder}; nothing when it is not a folder. */
    public static SiteFiles of(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Set<String> files = new HashSet<>();
        Set<String> regular = new HashSet<>();
        List<String> folders = new ArrayList<>();
        if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String relative = relative(root, file);
                        files.add(relative);
                        if (attributes.isRegularFile()) {
                            regular.add(relative);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        folders.add(relative(root, dir));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the site folder " + root, e);
            }
        }
        return new SiteFiles(root, Collections.unmodifiableSet(files), Collections.unmodifiableSet(regular),
                Collections.unmodifiableList(folders));
    }

    /** {@code file} relative to {@code root}, its names joined by forward slashes ("" for the root itself). */
    public static String relative(Path root, Path file) {
        StringBuilder path = new StringBuilder();
        for (Path name : root.relativize(file)) {
            path.append(path.length() > 0 ? "/" : "").append(name);
        }
        return path.toString();
    }
}

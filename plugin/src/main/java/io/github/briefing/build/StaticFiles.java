package io.github.briefing.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The user's {@code static/} folder (a CNAME, a logo), copied into every site as it is. */
final class StaticFiles {

    private StaticFiles() {
    }

    static void copy(Path from, Path site) {
        if (from == null || !Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = site.resolve(from.relativize(file).toString()).normalize();
                if (target.startsWith(site)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the static folder " + from, e);
        }
    }
}

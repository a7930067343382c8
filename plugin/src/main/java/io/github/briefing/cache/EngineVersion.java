package io.github.briefing.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * The engine's code as a fingerprint: a cache written by other code is not trusted. The jar's bytes, or for
 * classes in a folder (tests, IDEs) their names, sizes and times, so that a rebuilt snapshot counts as new.
 */
final class EngineVersion {

    private static final String VALUE = compute();

    private EngineVersion() {
    }

    static String get() {
        return VALUE;
    }

    private static String compute() {
        CodeSource source = EngineVersion.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown-" + System.nanoTime(); // code of unknown origin: never reuse a cache
        }
        try {
            Path code = Path.of(source.getLocation().toURI());
            Fingerprint print = new Fingerprint();
            if (Files.isRegularFile(code)) {
                return print.add(Files.readAllBytes(code)).hex();
            }
            try (Stream<Path> classes = Files.walk(code)) {
                for (Path file : classes.filter(Files::isRegularFile).sorted().toList()) {
                    print.add(code.relativize(file).toString()).add(Long.toString(Files.size(file)))
                            .add(Files.getLastModifiedTime(file).toString());
                }
            }
            return print.hex();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the engine's own code", e);
        } catch (URISyntaxException e) {
            return "unknown-" + System.nanoTime();
        }
    }
}

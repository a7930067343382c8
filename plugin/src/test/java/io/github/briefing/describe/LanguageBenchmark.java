package io.github.briefing.describe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures language identification time per article on a folder of texts (not a unit test: speed is shown by a
 * benchmark). Run after {@code test-compile}:
 * <pre>java -cp plugin/target/classes:plugin/target/test-classes:DEPS io.github.briefing.describe.LanguageBenchmark DIR</pre>
 */
public final class LanguageBenchmark {

    private static final int ROUNDS = 5;

    private LanguageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file));
            }
        }
        LanguageIdentifier identifier = LanguageIdentifier.get();
        texts.forEach(identifier::identify);
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            texts.forEach(identifier::identify);
        }
        double ms = (System.nanoTime() - start) / 1e6 / ROUNDS / texts.size();
        System.out.printf("%d articles, %.3f ms per article (one thread, after warm-up)%n", texts.size(), ms);
    }
}

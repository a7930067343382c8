package io.github.briefing.describe;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int round = 0; round < ROUNDS; round++) {
            texts.forEach(identifier::identify);
        }
        double perArticle = (double) ROUNDS * texts.size() * 1e6;
        // CPU time too: on a shared machine the wall clock also counts waiting for a core.
        System.out.printf("%d articles: %.3f ms per article wall clock, %.3f ms CPU (one thread, after warm-up)%n",
                texts.size(), (System.nanoTime() - start) / perArticle,
                (threads.getCurrentThreadCpuTime() - cpuStart) / perArticle);
    }
}

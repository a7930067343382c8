package io.github.briefing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split DESIGN.md asks for: an engine that knows nothing of Maven under a thin mojo shell. */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/briefing");
    private static final int MAX_MOJO_LINES = 150;

    @Test
    void engineImportsNoMavenTypes() throws IOException {
        List<Path> engine = javaFiles().stream().filter(f -> !SOURCES.relativize(f).startsWith("mojo")).toList();
        assertFalse(engine.isEmpty());
        for (Path file : engine) {
            assertFalse(Files.readString(file).contains("import org.apache.maven"), file + " imports Maven types");
        }
    }

    @Test
    void mojosStayThin() throws IOException {
        List<Path> mojos = javaFiles().stream().filter(f -> SOURCES.relativize(f).startsWith("mojo")).toList();
        assertFalse(mojos.isEmpty());
        for (Path file : mojos) {
            long lines = Files.readAllLines(file).size();
            assertTrue(lines <= MAX_MOJO_LINES, file + " has " + lines + " lines");
        }
    }

    @Test
    void onePackagePerPipelineStage() {
        for (String stage : List.of("read", "clean", "describe", "analyse", "match", "group", "render")) {
            assertTrue(Files.isDirectory(SOURCES.resolve(stage)), "no package for the " + stage + " stage");
        }
        assertEquals(List.of(), javaFiles().stream().filter(f -> f.getParent().equals(SOURCES)).toList(),
                "classes belong in a stage package");
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package io.github.briefing.read;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the read stage hands each file's bytes to before decoding them: a build that kept, by their bytes, what it
 * learned of its files need not decode an unchanged one again. Called from several threads at once.
 */
public interface KnownFiles {

    /** Knows no file: every file is decoded and each of its articles handed to {@code each}. */
    static KnownFiles none(Consumer<RawArticle> each) {
        return new KnownFiles() {
            @Override
            public List<Known> recall(Path file, byte[] bytes) {
                return null;
            }

            @Override
            public void decoded(Path file, byte[] bytes, List<RawArticle> articles, boolean sound) {
                articles.forEach(each);
            }
        };
    }

    /**
     * The articles of a file read before with exactly these bytes (id and line, in the file's order), which then is
     * not decoded; null when the bytes are not known.
     */
    List<Known> recall(Path file, byte[] bytes);

    /** A file decoded, with its articles in order; {@code sound} when it had no problem. */
    void decoded(Path file, byte[] bytes, List<RawArticle> articles, boolean sound);

    /** An article of a known file, as its file gave it. */
    record Known(String id, int line) {
    }
}

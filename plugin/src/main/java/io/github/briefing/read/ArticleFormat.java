package io.github.briefing.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One way articles are written to files; picks itself by file extension. */
interface ArticleFormat {

    /** Parses a decoded file into articles; what is wrong goes to {@code problems}, never thrown. */
    List<RawArticle> parse(String fileId, Path file, String text, List<Problem> problems);

    static Optional<ArticleFormat> forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(new PlainTextFormat());
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of(new MarkdownFormat());
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(new JsonFormat(true));
        }
        if (name.endsWith(".json")) {
            return Optional.of(new JsonFormat(false));
        }
        return Optional.empty();
    }
}

package io.github.briefing.render;

import java.nio.file.Path;

/**
 * A template from the user's templates folder failed to render: the user's to fix (or to remove, which brings the
 * theme's back), unlike a failure of the theme's own templates, which is ours.
 */
public final class TemplateFailure extends RuntimeException {

    private final Path file;
    private final int line;

    TemplateFailure(Path file, int line, String what, Throwable cause) {
        super(what, cause);
        this.file = file;
        this.line = line;
    }

    /** The user's template file that failed. */
    public Path file() {
        return file;
    }

    /** The line it failed at, or 0 when unknown. */
    public int line() {
        return line;
    }
}

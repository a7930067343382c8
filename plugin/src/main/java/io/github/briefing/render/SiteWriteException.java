package io.github.briefing.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A file of the site could not be written, for a reason of the machine's rather than of the build's: a full disk, a
 * folder that is not writable, a file where a folder should be. The user can fix it; the build cannot.
 */
public final class SiteWriteException extends UncheckedIOException {

    private final Path path;

    public SiteWriteException(Path path, IOException cause) {
        super("cannot write " + path, cause);
        this.path = path;
    }

    /** The file or folder that could not be written. */
    public Path path() {
        return path;
    }

    /** The I/O failure in {@code e}'s causes, if one is there: a writer that could only report it wrapped. */
    static IOException ioCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}

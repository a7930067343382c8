package io.github.briefing.read;

import java.nio.file.Path;

/**
 * Something wrong with the user's input: which file, which line (0 when the whole file), what is wrong and
 * what to do about it. Problems are collected, never thrown one by one, so a build lists them all at once.
 */
public record Problem(Path file, int line, String what, String fix) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + what + ". " + fix;
    }
}

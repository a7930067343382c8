package io.github.briefing.mojo;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads {@code project.build.outputTimestamp} as Maven's reproducible-builds convention writes it: an ISO 8601
 * instant or seconds since the epoch. Without one the site carries the time it was built.
 */
final class BuildTimestamp {

    private BuildTimestamp() {
    }

    static Instant parse(String value) {
        if (value == null || value.isBlank() || value.strip().length() < 2) {
            return Instant.now();
        }
        String v = value.strip();
        try {
            return v.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(v)) : Instant.parse(v);
        } catch (DateTimeParseException | NumberFormatException e) {
            return Instant.now();
        }
    }
}

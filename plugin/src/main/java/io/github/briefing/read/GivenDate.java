package io.github.briefing.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a date the user wrote in metadata: ISO 8601, as a date or a date-time. */
final class GivenDate {

    static final String FIX = "Write the date as YYYY-MM-DD (ISO 8601), for example 2019-02-26, or remove it";

    private GivenDate() {
    }

    static Optional<LocalDate> parse(String value) {
        String v = value.strip();
        try {
            if (v.length() <= 10) {
                return Optional.of(LocalDate.parse(v));
            }
            if (v.charAt(10) == 'T' || v.charAt(10) == ' ') {
                String iso = v.replace(' ', 'T');
                try {
                    return Optional.of(OffsetDateTime.parse(iso).toLocalDate());
                } catch (DateTimeParseException e) {
                    return Optional.of(java.time.LocalDateTime.parse(iso).toLocalDate());
                }
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

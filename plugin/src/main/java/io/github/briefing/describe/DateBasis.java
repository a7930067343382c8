package io.github.briefing.describe;

import java.util.Locale;

/** How a publication date was found, so a reader knows how far to trust it. */
public enum DateBasis {
    /** The user stated it (front matter, JSON field). */
    METADATA,
    /** The text states it. */
    TEXT,
    /** A weekday in the text ("said Tuesday") resolved against a date the text states. */
    WEEKDAY,
    /** Taken from matched articles: approximate. */
    INFERRED;

    /** The name used in {@code briefing.json}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

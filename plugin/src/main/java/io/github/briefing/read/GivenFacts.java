package io.github.briefing.read;

import java.time.LocalDate;

/**
 * Facts the user stated about an article (front matter or JSON fields). They always win over what is read
 * from the text; {@code null} means not given.
 */
public record GivenFacts(String title, LocalDate date, String url, String outlet, String lang, String author) {

    public static final GivenFacts NONE = new GivenFacts(null, null, null, null, null, null);
}

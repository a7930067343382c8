package io.github.briefing.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metadata fields an article may carry, in front matter or JSON, with the synonyms crawlers use.
 * One place maps them onto {@link GivenFacts}, so every format accepts the same names.
 */
final class Fields {

    static final List<String> TEXT = List.of("text", "body", "content");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> DATE = List.of("date", "published", "publishedAt", "published_at");
    private static final List<String> OUTLET = List.of("outlet", "source", "publisher");
    private static final List<String> LANG = List.of("lang", "language");

    private Fields() {
    }

    /** The first non-blank value among the names, or null. */
    static String first(Map<String, String> fields, List<String> names) {
        for (String name : names) {
            String value = fields.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    static GivenFacts given(Map<String, String> fields, Path file, int line, List<Problem> problems) {
        LocalDate date = null;
        String rawDate = first(fields, DATE);
        if (rawDate != null) {
            date = GivenDate.parse(rawDate).orElse(null);
            if (date == null) {
                problems.add(new Problem(file, line, "the date '" + rawDate + "' is not a valid date", GivenDate.FIX));
            }
        }
        String lang = first(fields, LANG);
        if (lang != null) {
            lang = lang.toLowerCase(Locale.ROOT).replace('_', '-');
            if (!lang.matches("[a-z]{2,3}(-[a-z0-9]{2,8})*")) {
                problems.add(new Problem(file, line, "the language '" + lang + "' is not a language code",
                        "Use an ISO 639-1 code such as en, id or ru, or remove the field to have it detected"));
                lang = null;
            }
        }
        return new GivenFacts(first(fields, TITLE), date, first(fields, List.of("url", "link")),
                first(fields, OUTLET), lang, first(fields, List.of("author", "byline")));
    }
}

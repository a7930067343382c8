package io.github.briefing.render;

/** An article as a link shows it: where it is (relative to the site root) and what it is. */
public record ArticleRef(String id, String url, String title, boolean titleDerived, String lang, String date,
                         boolean dateInferred, String outlet) {
}

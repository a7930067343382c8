package io.github.briefing.render;

import io.github.briefing.describe.Article;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

/**
 * An Atom feed of articles, newest first; undated articles carry the build's instant. Without a base URL the links
 * are relative to the feed's own address, as Atom readers resolve them.
 */
final class AtomFeed {

    private static final int MAX_ENTRIES = 50;

    private AtomFeed() {
    }

    /** The articles a feed shows: the newest, undated ones last. */
    static List<Article> entries(List<Article> articles) {
        return articles.stream()
                .sorted(Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Article::id))
                .limit(MAX_ENTRIES)
                .toList();
    }

    /** @param entries the feed's articles, as {@link #entries} chose them */
    static String write(SiteRenderer.SiteInfo site, String feedPath, String feedTitle, String page,
                        List<Article> entries, SiteIndex index) {
        String base = site.baseUrl() == null ? "../".repeat((int) feedPath.chars().filter(c -> c == '/').count())
                : (site.baseUrl().endsWith("/") ? site.baseUrl() : site.baseUrl() + "/");
        String updated = site.generated().toString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(Xml.escape(site.title() + (feedTitle == null || feedTitle.isEmpty() ? "" : ": " + feedTitle)))
                .append("</title>\n")
                .append("  <id>urn:briefing:").append(Xml.escape(Slugs.slug(site.title()) + ":" + feedPath)).append("</id>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link href=\"").append(Xml.escape(base + page)).append("\"/>\n");
        entries.forEach(a -> {
            String when = a.date() == null ? updated
                    : a.date().atStartOfDay().toInstant(ZoneOffset.UTC).toString();
            xml.append("  <entry>\n")
                    .append("    <title>").append(Xml.escape(a.title())).append("</title>\n")
                    .append("    <id>urn:briefing:article:").append(Xml.escape(a.id())).append("</id>\n")
                    .append("    <updated>").append(when).append("</updated>\n")
                    .append("    <link href=\"").append(Xml.escape(base + index.articleUrl(a.id()))).append("\"/>\n")
                    .append("    <author><name>").append(Xml.escape(a.outlet() == null ? "Unknown outlet" : a.outlet()))
                    .append("</name></author>\n")
                    .append("    <summary>").append(Xml.escape(a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0)))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        });
        return xml.append("</feed>\n").toString();
    }

}

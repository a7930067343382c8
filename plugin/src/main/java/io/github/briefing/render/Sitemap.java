package io.github.briefing.render;

import java.util.List;

/**
 * {@code sitemap.xml} for the HTML pages. Search engines want absolute URLs: with a base URL they get them,
 * without one the locations stay relative to the sitemap (fine for local use, to be set before publishing).
 */
final class Sitemap {

    private Sitemap() {
    }

    static String write(String baseUrl, List<String> paths) {
        String base = baseUrl == null ? "" : (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.stream().filter(p -> p.endsWith(".html") && !p.equals("404.html")).sorted()
                .forEach(p -> xml.append("  <url><loc>").append(Xml.escape(base + p)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}

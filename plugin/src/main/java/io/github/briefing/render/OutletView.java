package io.github.briefing.render;

import java.util.List;

/**
 * An outlet as each of its pages and the list of outlets show it: how many articles, languages, date range and
 * wires. Its articles are listed a page at a time ({@link ListPages}), and the stories it reported first on its first
 * page: what a page shows of the outlet changes only with the outlet, not with every story it reported.
 */
public record OutletView(String name, String url, String homepage, String country, int articleCount,
                         List<String> languages, String firstDate, String lastDate, List<String> wires,
                         String feedUrl) {
}

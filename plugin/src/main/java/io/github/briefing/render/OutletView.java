package io.github.briefing.render;

import java.util.List;

/**
 * An outlet as its pages and the list of outlets show it: how many articles, languages, date range, wires, and
 * stories it reported first. Its articles are listed a page at a time ({@link ListPages}), each page with its own.
 */
public record OutletView(String name, String url, String homepage, String country, int articleCount,
                         List<String> languages, String firstDate, String lastDate, List<String> wires,
                         List<StoryRef> firstReports, String feedUrl) {
}

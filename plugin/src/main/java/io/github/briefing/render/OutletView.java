package io.github.briefing.render;

import java.util.List;

/** An outlet's page: its articles in time order, languages, date range, wires, and stories it reported first. */
public record OutletView(String name, String url, String homepage, String country, List<ArticleRef> articles,
                         List<String> languages, String firstDate, String lastDate, List<String> wires,
                         List<StoryRef> firstReports, String feedUrl) {
}

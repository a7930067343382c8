package io.github.briefing.render;

import java.util.List;

/**
 * A story as lists show it.
 *
 * @param chart     its key figures drawn as a chart; null when fewer than two are numbers
 * @param keyFigure the key figure's readings in order ("326 → 567 → ~1,000"); null without figures
 */
public record StoryRef(String id, String url, String title, String firstDate, String lastDate,
                       List<ArticleRef> articles, List<String> languages, List<String> outlets,
                       Chart chart, String keyFigure) {
}

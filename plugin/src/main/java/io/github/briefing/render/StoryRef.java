package io.github.briefing.render;

import io.github.briefing.group.Figure;

import java.util.List;

/** A story as lists show it. */
public record StoryRef(String id, String url, String title, String firstDate, String lastDate,
                       List<ArticleRef> articles, List<String> languages, List<String> outlets, List<Figure> figures) {
}

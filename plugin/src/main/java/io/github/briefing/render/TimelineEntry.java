package io.github.briefing.render;

import java.util.List;

/**
 * A story's articles of one day on the timeline; {@code story} is null for articles in no story.
 *
 * @param storyStarts true on the story's first day, where its chart is drawn
 */
public record TimelineEntry(StoryRef story, List<ArticleRef> articles, boolean storyStarts) {
}

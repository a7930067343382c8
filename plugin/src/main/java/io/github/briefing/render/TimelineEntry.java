package io.github.briefing.render;

import java.util.List;
import java.util.Map;

/**
 * A story's articles of one day on the timeline; {@code story} is null for articles in no story.
 *
 * @param articles    the articles listed, a text that several of them carry once ({@link CopiesFolded})
 * @param copies      by the id of an article listed, the group of copies it stands for
 * @param storyStarts true on the story's first day, where its chart is drawn
 */
public record TimelineEntry(StoryRef story, List<ArticleRef> articles, Map<String, CopiesRef> copies,
                            boolean storyStarts) {
}

package io.github.briefing.render;

import java.util.List;
import java.util.Map;

/**
 * Everything a story page shows beyond its {@link StoryRef}: its articles by language, the names and places that
 * more than one of its articles mention, and the matches within it.
 */
public record StoryPage(StoryRef story, Map<String, List<ArticleRef>> byLanguage, List<String> sharedNames,
                        List<String> sharedPlaces, List<MatchView> matches) {
}

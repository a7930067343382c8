package io.github.briefing.render;

import java.util.List;
import java.util.Map;

/**
 * Everything a story page shows beyond its {@link StoryRef}: its articles by language (a text several of them carry
 * once, its copies linked: {@link CopiesFolded}), its key figures as reported,
 * the names and places that more than one of its articles mention, and the matches within it.
 *
 * @param figures its key figure's readings, in order, each with the words around it and the article that reported
 *                it; not part of the {@link StoryRef}, so that lists of stories do not change with those words
 */
public record StoryPage(StoryRef story, Map<String, List<ArticleRef>> byLanguage, Map<String, CopiesRef> copies,
                        List<FigureReading> figures, List<String> sharedNames, List<String> sharedPlaces,
                        List<MatchView> matches) {
}

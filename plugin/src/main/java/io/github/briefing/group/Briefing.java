package io.github.briefing.group;

import io.github.briefing.analyse.Anchors;
import io.github.briefing.describe.Article;
import io.github.briefing.match.Match;

import java.util.List;
import java.util.Map;

/**
 * Everything the render stage needs: the articles (with dates inferred where the text gives none), their anchors,
 * the matches and the stories.
 */
public record Briefing(List<Article> articles, Map<String, Anchors> anchors, List<Match> matches,
                       List<Story> stories) {

    public Briefing {
        articles = List.copyOf(articles);
        anchors = Map.copyOf(anchors);
        matches = List.copyOf(matches);
        stories = List.copyOf(stories);
    }
}

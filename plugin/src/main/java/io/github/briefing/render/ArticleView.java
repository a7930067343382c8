package io.github.briefing.render;

import io.github.briefing.group.Story;

import java.util.List;

/** Everything an article page shows. */
public record ArticleView(ArticleRef ref, String dateBasis, String dateline, String outletBasis, String outletUrl,
                          List<String> wires, String author, String sourceUrl, List<String> paragraphs,
                          List<String> captions, Story story, String storyUrl, List<MatchView> matches) {
}

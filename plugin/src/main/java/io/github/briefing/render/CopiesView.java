package io.github.briefing.render;

import java.util.List;

/**
 * The page of a group of articles that carry one text: the earliest of them, its text read once, and every other
 * copy with where it differs from that one.
 */
public record CopiesView(CopiesRef ref, ArticleRef first, List<String> paragraphs, List<CopyView> copies) {
}

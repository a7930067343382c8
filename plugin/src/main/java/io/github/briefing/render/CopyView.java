package io.github.briefing.render;

import java.util.List;

/**
 * One copy on its group's page, read against the group's first article: where it is, and the paragraphs where the
 * two differ, with what only one of them carries marked in place ({@code places} such runs; none when identical).
 *
 * @param anchor the copy's place on the page (an element id)
 */
public record CopyView(ArticleRef article, String anchor, int places, List<List<TextRun>> changed) {
}

package io.github.briefing.render;

import java.util.List;

/**
 * An article and its copy in the same language, read once: the text, with what only one of them carries marked in
 * place ({@code places} such runs; none when the texts are identical).
 */
public record CopyView(MatchView match, String url, List<List<TextRun>> paragraphs, int places) {
}

package io.github.briefing.render;

import io.github.briefing.group.Story;

import java.util.List;

/**
 * Everything an article page shows.
 *
 * @param copies  the other articles that carry its text, when there are (their page marks where they differ)
 * @param matches its matches, strongest first, once for all copies of a text
 */
public record ArticleView(ArticleRef ref, String dateBasis, String dateline, String outletBasis, String outletUrl,
                          List<String> wires, String author, String sourceUrl, List<String> paragraphs,
                          List<String> captions, Story story, String storyUrl, CopiesRef copies,
                          List<MatchView> matches) {

    /** Where the date came from, in words a reader can weigh. */
    public String dateSource() {
        if (dateBasis == null) {
            return "source not recorded";
        }
        return switch (dateBasis) {
            case "metadata" -> "from the metadata given with the article";
            case "text" -> "stated in the text";
            case "weekday" -> "a weekday in the text, resolved against a date it states";
            case "inferred" -> "inferred from matching articles: approximate";
            default -> dateBasis;
        };
    }
}

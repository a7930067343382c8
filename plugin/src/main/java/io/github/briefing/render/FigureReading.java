package io.github.briefing.render;

/**
 * One reading of a story's key figure as its table shows it.
 *
 * @param date    when it was reported, or null when its article is undated
 * @param value   the figure as readers write it, hedged as the article hedged it ("about 1,000")
 * @param context the words around it in the article
 * @param article the article that reported it, or null when it is not part of the site
 * @param related the story of that article when it is another story of the same event (its reading counts the same
 *                thing), or null when it is the story's own: the reader must see which figures the story's articles
 *                do not report
 */
public record FigureReading(String date, String value, String context, ArticleRef article, StoryLink related) {

    /** A story as a link names it. */
    public record StoryLink(String title, String url) {
    }
}

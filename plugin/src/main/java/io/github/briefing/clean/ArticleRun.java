package io.github.briefing.clean;

import java.util.Arrays;
import java.util.List;

/**
 * Which run of running text is the article's. The best-scoring run ({@link MainText#find}) is most often the body; but
 * a cookie dialog, a legal footer or a privacy notice after a short article may hold more text than the article. Such
 * a notice has no header block of its own: the article's run does, its date or byline just above its first paragraph
 * and its headline above that. So the best run above the best one is the article's when it opens under a date or a
 * byline and the two runs disagree on the headline, the one above finding the more likely. Past a teaser heading,
 * the run above it is the article's when it holds a third as much text ({@link #aboveTeasers}).
 */
final class ArticleRun {

    /** A header block prints its date or byline at most this many lines above the text's first paragraph. */
    private static final int HEADER_LINES = 2;
    /** Text above a teaser heading with at least this share (1/n) of the run below it is the article. */
    private static final int ABOVE_TEASERS_SHARE = 3;

    private ArticleRun() {
    }

    /**
     * The best run of the page's {@code lines} (by their {@code scores}) above {@code best}, the best-scoring run, when
     * a date, a time or a byline stands within {@value #HEADER_LINES} lines above its start; else an empty span.
     */
    static MainText.Span headedAbove(MainText.Span best, List<String> lines, long[] scores) {
        MainText.Span above = bestAbove(best.start(), scores);
        for (int i = Math.max(0, above.start() - HEADER_LINES); i < above.start(); i++) {
            if (LineFacts.of(lines.get(i)).metadata()) {
                return above;
            }
        }
        return new MainText.Span(0, 0);
    }

    /**
     * The run of text above the last teaser heading before {@code run}, when it holds a good share of as much text:
     * past "Related articles" a page prints teasers and then its footer, whose legal notices can outweigh a short
     * article. A heading above a run with little text before it is the page's menu, and leaves the run as it is.
     */
    static MainText.Span aboveTeasers(MainText.Span run, List<String> lines, long[] scores) {
        int heading = run.start() - 1;
        while (heading >= 0 && !LineFacts.of(lines.get(heading)).teaserHeading()) {
            heading--;
        }
        if (heading <= 0) {
            return run;
        }
        MainText.Span above = bestAbove(heading, scores);
        return MainText.sum(above, scores) * ABOVE_TEASERS_SHARE >= MainText.sum(run, scores) ? above : run;
    }

    /** The best run of text above line {@code line}. */
    private static MainText.Span bestAbove(int line, long[] scores) {
        return MainText.find(Arrays.copyOf(scores, line));
    }

    /**
     * The page laid out around the run {@link #headedAbove} found when the headline it gives differs from and
     * outweighs the one the page laid out around the best run gives; else the latter.
     */
    static Cleaner.Layout choose(Cleaner.Layout best, Cleaner.Layout above) {
        Headlines.Candidate upper = above.headline();
        if (upper == null) {
            return best;
        }
        Headlines.Candidate lower = best.headline();
        boolean better = lower == null || upper.line() != lower.line() && upper.weight() > lower.weight();
        return better ? above : best;
    }
}

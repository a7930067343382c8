package io.github.briefing.clean;

import java.util.Arrays;
import java.util.List;

/**
 * Which run of running text is the article's. The best-scoring run ({@link MainText#find}) is most often the body; but
 * a cookie dialog, a legal footer or a privacy notice after a short article may hold more text than the article. Such
 * a notice has no header block of its own: the article's run does, its date or byline just above its first paragraph
 * and its headline above that. So the best run above the best one is the article's when it opens under a date or a
 * byline and the two runs disagree on the headline, the one above finding the more likely.
 */
final class ArticleRun {

    /** A header block prints its date or byline at most this many lines above the text's first paragraph. */
    private static final int HEADER_LINES = 2;

    private ArticleRun() {
    }

    /**
     * The best run of the page's {@code lines} (by their {@code scores}) above {@code best}, the best-scoring run, when
     * a date, a time or a byline stands within {@value #HEADER_LINES} lines above its start; else an empty span.
     */
    static MainText.Span headedAbove(MainText.Span best, List<String> lines, long[] scores) {
        MainText.Span above = MainText.find(Arrays.copyOfRange(scores, 0, best.start()));
        for (int i = Math.max(0, above.start() - HEADER_LINES); i < above.start(); i++) {
            if (Headlines.isMetadata(lines.get(i))) {
                return above;
            }
        }
        return new MainText.Span(0, 0);
    }

    /**
     * The page laid out around the run {@link #headedAbove} found when the headline it gives differs from and
     * outweighs the one the page laid out around the best run gives; else the latter.
     */
    static Cleaner.Layout choose(Cleaner.Layout best, Cleaner.Layout above, SharedLines shared) {
        Headlines.Candidate upper = headline(above, shared);
        if (upper == null) {
            return best;
        }
        Headlines.Candidate lower = headline(best, shared);
        boolean better = lower == null || upper.line() != lower.line() && upper.weight() > lower.weight();
        return better ? above : best;
    }

    private static Headlines.Candidate headline(Cleaner.Layout layout, SharedLines shared) {
        return Headlines.best(layout.page(), layout.span().start(), layout.span().end(), layout.onPage(), shared);
    }
}

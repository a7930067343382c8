package io.github.briefing.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
     * The article's run of lines: {@code best}, the best-scoring run of the page's {@code lines} by their
     * {@code scores}, or the best run above it when that run is headed as an article and its headline outweighs
     * the one found over {@code best}; {@code onPage} counts the page's {@link LineKey}s.
     */
    static MainText.Span choose(MainText.Span best, List<String> lines, long[] scores, Map<String, Integer> onPage,
                                SharedLines shared) {
        MainText.Span above = MainText.find(Arrays.copyOfRange(scores, 0, best.start()));
        if (above.isEmpty() || !headed(lines, above.start())) {
            return best;
        }
        Headlines.Candidate upper = Headlines.best(lines, above.start(), above.end(), onPage, shared);
        if (upper == null) {
            return best;
        }
        Headlines.Candidate lower = Headlines.best(lines, best.start(), best.end(), onPage, shared);
        boolean better = lower == null || upper.line() != lower.line() && upper.weight() > lower.weight();
        return better ? above : best;
    }

    /** Whether a date, a time or a byline stands within {@value #HEADER_LINES} lines above line {@code start}. */
    private static boolean headed(List<String> lines, int start) {
        for (int i = Math.max(0, start - HEADER_LINES); i < start; i++) {
            if (Headlines.isMetadata(lines.get(i))) {
                return true;
            }
        }
        return false;
    }
}

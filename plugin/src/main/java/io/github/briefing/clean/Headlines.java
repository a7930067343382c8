package io.github.briefing.clean;

import java.util.List;
import java.util.Map;

/**
 * Finds the line a reader sees as the headline: shortly above the body, a few words, no sentence end, not a date
 * stamp, byline label or menu item. Pages often show it twice (page header and article), which makes it surer.
 */
final class Headlines {

    /** How far above the body a headline may stand (kicker, standfirst, byline, date and photo credit between). */
    private static final int REACH = 20;

    private Headlines() {
    }

    /** The index of the headline line, or -1 when the page has none. */
    static int find(List<String> lines, int bodyStart, Map<String, Integer> onPage, SharedLines shared) {
        int best = -1;
        double bestScore = 0;
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= Math.max(0, bodyStart - REACH); i--) {
            double score = score(lines.get(i), onPage, shared);
            if (score > 0) {
                score -= 0.12 * (bodyStart - 1 - i);
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
        }
        return best;
    }

    static double score(String raw, Map<String, Integer> onPage, SharedLines shared) {
        String line = LineFeatures.withoutLeadingDate(raw);
        int words = LineFeatures.words(line);
        if (words < 2 || words > 30 || line.length() > 250 || line.endsWith(".") || line.endsWith(",")
                || line.endsWith(":") || (line.equals(raw) && LineFeatures.hasDateOrTime(line))
                || LineFeatures.isPrompt(line) || LineFeatures.isBreadcrumb(line) || shared.isTemplate(line)
                || LineFeatures.isDecoration(line) || LineFeatures.isByline(line)) {
            return 0;
        }
        double score = 1 + Math.min(words, 12) / 4.0;
        if (Character.isLowerCase(line.codePointAt(0))) {
            score -= 1;
        }
        if (onPage.getOrDefault(LineKey.of(raw), 0) > 1) {
            score += 1.5;
        }
        return score;
    }
}

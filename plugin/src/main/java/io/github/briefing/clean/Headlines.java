package io.github.briefing.clean;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the line a reader sees as the headline: shortly above the body, a few words, no sentence end, not a date
 * stamp, byline label or menu item. Pages often show it twice (page header and article), which makes it surer.
 */
final class Headlines {

    /** How far above the body a headline may stand (kicker, standfirst, byline, date and photo credit between). */
    private static final int REACH = 20;
    private static final double OPENS_BLOCK = 1;
    private static final double ECHO = 1.5;
    private static final int MIN_ECHO = 8;
    private static final double DISTANCE_COST = 0.12;
    /** Separators of a metadata line ("12 May | News", "by Ann · in Culture"). */
    private static final Pattern METADATA = Pattern.compile("\\s[|\u00B7\u2022]\\s");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");

    private Headlines() {
    }

    /** The index of the headline line, or -1 when the page has none. */
    static int find(List<String> lines, int bodyStart, Map<String, Integer> onPage, SharedLines shared) {
        int best = -1;
        double bestScore = 0;
        int from = Math.max(0, bodyStart - REACH);
        for (int i = Math.min(bodyStart, lines.size()) - 1; i >= from; i--) {
            double score = score(lines.get(i), onPage, shared);
            if (score > 0) {
                // A headline opens the article: the line above it belongs to the page (menu, kicker, date), while
                // the line above a standfirst is the headline itself.
                if (i == 0 || score(lines.get(i - 1), onPage, shared) <= 0) {
                    score += OPENS_BLOCK;
                }
                if (quotedElsewhere(lines, i)) {
                    score += ECHO;
                }
                score -= DISTANCE_COST * (bodyStart - 1 - i);
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
                || line.endsWith(":") || !startsLikeHeadline(line) || METADATA.matcher(line).find()
                || (line.equals(raw) && LineFeatures.hasDateOrTime(line))
                || LineFeatures.isPrompt(line) || LineFeatures.isBreadcrumb(line) || shared.isTemplate(line)
                || LineFeatures.isDecoration(line) || LineFeatures.isByline(line)) {
            return 0;
        }
        double score = 1 + Math.min(words, 12) / 4.0;
        if (Character.isLowerCase(line.codePointAt(0))) {
            score -= 1;
        }
        if (line.equals(raw) && YEAR.matcher(line).find()) {
            score -= 1.5;
        }
        if (onPage.getOrDefault(LineKey.of(raw), 0) > 1) {
            score += 1.5;
        }
        return score;
    }

    /** Pages echo their headline in a breadcrumb's last step, a share text or a "currently reading" bar. */
    private static boolean quotedElsewhere(List<String> lines, int at) {
        String line = lines.get(at);
        if (line.length() < MIN_ECHO) {
            return false;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i != at && lines.get(i).length() > line.length() && lines.get(i).contains(line)) {
                return true;
            }
        }
        return false;
    }

    /** A headline starts with a letter, a digit or an opening quote, not with a colon or a bullet. */
    private static boolean startsLikeHeadline(String line) {
        int c = line.codePointAt(0);
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.START_PUNCTUATION || c == '"' || c == '\'' || c == '\u00BB' || c == '\u00AB';
    }
}

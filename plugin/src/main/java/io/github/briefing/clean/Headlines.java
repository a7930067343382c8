package io.github.briefing.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line a reader sees as the headline. Every title-like line near the top of the body (a few words, no
 * sentence end, not a date stamp, byline label or menu item) is a candidate; they are weighed by line features whose
 * weights were fitted (conditional logit) on scraped pages with known headlines: a headline shares its words with the
 * body, opens the article's header block above a longer standfirst, stands close above the body, and does not look
 * like a person's name (byline, photo credit) or a section label.
 */
final class Headlines {

    /** How far above the body a headline may stand (kicker, standfirst, byline, date, photo and teasers between). */
    private static final int REACH = 40;
    /** The body search may start at the headline itself or just above it. */
    private static final int BELOW = 3;
    private static final int MIN_ECHO = 8;
    /** The lead, where a headline's words come back first. */
    private static final int LEAD_CHARS = 600;
    private static final int MIN_WORD = 4;
    // Feature weights, fitted on 481 pages with a known headline (extraction dev corpus). Fitted on one half and
    // tried on the other they pick 62-64% right, as fitted on all: the features carry, not the pages.
    private static final double W_WORDS = 2.23;
    private static final double W_WORDS_SQUARED = -0.88;
    private static final double W_ASKS = 0.57;
    private static final double W_OPENS_BLOCK = 0.17;
    private static final double W_DISTANCE = -0.53;
    private static final double W_IN_BODY = -2.56;
    private static final double W_ECHO = 0.63;
    private static final double W_BODY_WORDS = 1.65;
    private static final double W_LEAD_WORDS = 1.6;
    private static final double W_CAPITALISED = -0.58;
    private static final double W_NAME = -1.28;
    private static final double W_LABEL = 0.39;
    private static final double W_RANK = -0.4;
    private static final double W_LOOKS = 1.77 / 4;
    /** Separators of a metadata line ("12 May | News", "by Ann · in Culture"). */
    private static final Pattern METADATA = Pattern.compile("\\s[|\u00B7\u2022]\\s");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "Interview: ...", "POL-ST: ...": a short label before a colon. */
    private static final Pattern LABEL = Pattern.compile("^[\\w -]*:", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int LABEL_WORDS = 3;

    private Headlines() {
    }

    /** The index of the headline line, or -1 when the page has none. */
    static int find(List<String> lines, int bodyStart, int bodyEnd, Map<String, Integer> onPage, SharedLines shared) {
        int from = Math.max(0, bodyStart - REACH);
        int to = Math.min(lines.size(), Math.min(Math.max(bodyEnd, bodyStart), bodyStart + BELOW));
        double[] looks = new double[to - from];
        List<Integer> candidates = new ArrayList<>();
        for (int i = from; i < to; i++) {
            // Where the body search starts, a paragraph of running text is the lead, not a headline.
            boolean lead = i >= bodyStart && LineFeatures.isProse(lines.get(i));
            looks[i - from] = lead ? 0 : score(lines.get(i), onPage, shared);
            if (looks[i - from] > 0) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return -1;
        }
        Set<String> body = new HashSet<>();
        Set<String> lead = new HashSet<>();
        int leadChars = 0;
        for (int i = bodyStart; i < Math.min(bodyEnd, lines.size()); i++) {
            addWords(lines.get(i), body);
            if (leadChars < LEAD_CHARS) {
                addWords(lines.get(i), lead);
                leadChars += lines.get(i).length();
            }
        }
        int best = -1;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (int rank = 0; rank < candidates.size(); rank++) {
            int i = candidates.get(rank);
            double above = i == 0 ? 0 : i - 1 >= from ? looks[i - 1 - from] : score(lines.get(i - 1), onPage, shared);
            double weight = weigh(lines.get(i), looks[i - from], above <= 0, bodyStart - 1 - i,
                    quotedElsewhere(lines, i), body, lead) + W_RANK * rank / candidates.size();
            if (weight > bestWeight) {
                bestWeight = weight;
                best = i;
            }
        }
        return best;
    }

    private static double weigh(String line, double looks, boolean opensBlock, int distance, boolean echoed,
                                Set<String> body, Set<String> lead) {
        double words = Math.min(LineFeatures.words(line), 20) / 10.0;
        String end = line.substring(line.length() - 1);
        String[] tokens = line.split("\\s+");
        int capitalised = 0;
        for (String token : tokens) {
            capitalised += Character.isUpperCase(token.codePointAt(0)) ? 1 : 0;
        }
        boolean name = tokens.length >= 2 && tokens.length <= 3 && capitalised == tokens.length
                && !DIGIT.matcher(line).find();
        Matcher label = LABEL.matcher(line);
        boolean labelled = label.find() && LineFeatures.words(label.group()) <= LABEL_WORDS;
        List<String> own = new ArrayList<>();
        addWords(line, own);
        double inBody = 0;
        double inLead = 0;
        for (String w : own) {
            inBody += body.contains(w) ? 1 : 0;
            inLead += lead.contains(w) ? 1 : 0;
        }
        return W_WORDS * words + W_WORDS_SQUARED * words * words + (end.equals("?") || end.equals("!") ? W_ASKS : 0)
                + (opensBlock ? W_OPENS_BLOCK : 0) + W_DISTANCE * Math.max(distance, 0) / 10.0
                + (distance < 0 ? W_IN_BODY : 0) + (echoed ? W_ECHO : 0)
                + (own.isEmpty() ? 0 : (W_BODY_WORDS * inBody + W_LEAD_WORDS * inLead) / own.size())
                + W_CAPITALISED * capitalised / tokens.length + (name ? W_NAME : 0) + (labelled ? W_LABEL : 0)
                + W_LOOKS * looks;
    }

    /** The line's longer words, lower-cased: short ones are mostly function words, which every line shares. */
    private static void addWords(String line, java.util.Collection<String> out) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            if (m.end() - m.start() >= MIN_WORD) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
    }

    static double score(String raw, Map<String, Integer> onPage, SharedLines shared) {
        String line = LineFeatures.withoutLeadingDate(raw);
        int words = LineFeatures.words(line);
        if (words < 2 || words > 30 || line.length() > 250 || line.endsWith(".") || line.endsWith(",")
                || line.endsWith(":") || line.endsWith("\u3002") || !startsLikeHeadline(line)
                || METADATA.matcher(line).find()
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

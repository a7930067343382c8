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
    // tried on the other they pick 65-68% right, as fitted on all: the features carry, not the pages.
    private static final double W_WORDS = 2.03;
    private static final double W_WORDS_SQUARED = -0.76;
    private static final double W_ASKS = 0.5;
    private static final double W_OPENS_BLOCK = 0.48;
    private static final double W_DISTANCE = -0.84;
    private static final double W_LOG_DISTANCE = 0.44;
    private static final double W_RIGHT_ABOVE_BODY = -0.37;
    private static final double W_IN_BODY = -2.58;
    private static final double W_ECHO = 0.59;
    private static final double W_REPEATED = -0.32;
    private static final double W_SITE_TITLE = 0.26;
    private static final double W_BODY_WORDS = 1.65;
    private static final double W_LEAD_WORDS = 1.59;
    private static final double W_CAPITALISED = -0.58;
    private static final double W_NAME = -1.21;
    private static final double W_LABEL = 0.36;
    private static final double W_OPENS_WITH_DIGIT = -0.58;
    private static final double W_RANK = -0.27;
    private static final double W_LOOKS = 1.92 / 4;
    // The pair a header block is made of: a short headline above a longer standfirst that reads like a sentence.
    private static final double W_ABOVE_SENTENCE = -0.51;
    private static final double W_ABOVE_WORDIER = 0.87;
    private static final double W_ABOVE_LONGER_SENTENCE = 0.51;
    private static final double W_ABOVE_LONGER_CANDIDATE = -0.3;
    private static final double W_BELOW_SHORTER_CANDIDATE = 0.53;
    /** Separators of a metadata line ("12 May | News", "by Ann · in Culture"). */
    private static final Pattern METADATA = Pattern.compile("\\s[|\u00B7\u2022]\\s");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "Interview: ...", "POL-ST: ...": a short label before a colon. */
    private static final Pattern LABEL = Pattern.compile("^[\\w -]*:", Pattern.UNICODE_CHARACTER_CLASS);
    /** What joins a page title to its site name ("Headline - Site", "Site | Headline", "Home > Headline"). */
    private static final String SITE_SEPARATORS = "-|\u2013\u2014:\u00BB\u00B7\u2022>/";
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
            String line = lines.get(i);
            double weight = weigh(line, looks[i - from], bodyStart - 1 - i, body, lead)
                    + echoes(lines, i) + W_RANK * rank / candidates.size()
                    + neighbours(line, i == 0 ? null : lines.get(i - 1), looksAt(lines, i - 1, from, looks, onPage, shared),
                    i + 1 >= lines.size() ? "" : lines.get(i + 1), looksAt(lines, i + 1, from, looks, onPage, shared));
            if (weight > bestWeight) {
                bestWeight = weight;
                best = i;
            }
        }
        return best;
    }

    /** How title-like line {@code i} looks, reusing the window's scores; 0 off the page. */
    private static double looksAt(List<String> lines, int i, int from, double[] looks, Map<String, Integer> onPage,
                                  SharedLines shared) {
        if (i < 0 || i >= lines.size()) {
            return 0;
        }
        return i >= from && i - from < looks.length ? looks[i - from] : score(lines.get(i), onPage, shared);
    }

    /** The line against its neighbours: a headline opens a block and stands above a longer standfirst. */
    private static double neighbours(String line, String above, double aboveLooks, String below, double belowLooks) {
        boolean belowLonger = below.length() > line.length();
        boolean belowSentence = endsSentence(below);
        return (above == null || aboveLooks <= 0 ? W_OPENS_BLOCK : 0)
                + (aboveLooks > 0 && above.length() < line.length() ? W_BELOW_SHORTER_CANDIDATE : 0)
                + (belowSentence ? W_ABOVE_SENTENCE : 0)
                + (belowLonger && belowSentence ? W_ABOVE_LONGER_SENTENCE : 0)
                + (belowLonger && belowLooks > 0 ? W_ABOVE_LONGER_CANDIDATE : 0)
                + (wordCount(below) > wordCount(line) ? W_ABOVE_WORDIER : 0);
    }

    private static boolean endsSentence(String line) {
        return !line.isEmpty() && ".!?\u3002".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    private static int wordCount(String line) {
        return (int) WORD.matcher(line).results().count();
    }

    private static double weigh(String line, double looks, int distance, Set<String> body, Set<String> lead) {
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
                + W_DISTANCE * Math.max(distance, 0) / 10.0 + W_LOG_DISTANCE * Math.log1p(Math.max(distance, 0))
                + (distance == 0 ? W_RIGHT_ABOVE_BODY : 0) + (distance < 0 ? W_IN_BODY : 0)
                + (own.isEmpty() ? 0 : (W_BODY_WORDS * inBody + W_LEAD_WORDS * inLead) / own.size())
                + W_CAPITALISED * capitalised / tokens.length + (name ? W_NAME : 0) + (labelled ? W_LABEL : 0)
                + (Character.isDigit(line.codePointAt(0)) ? W_OPENS_WITH_DIGIT : 0)
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

    /**
     * Pages echo their headline: in a breadcrumb's last step, a share text or a "currently reading" bar (quoted in a
     * longer line), in the window title with the site's name ("Headline - Site"). A line merely repeated is more often
     * a teaser or a menu item.
     */
    private static double echoes(List<String> lines, int at) {
        String line = lines.get(at);
        if (line.length() < MIN_ECHO) {
            return 0;
        }
        String folded = line.toLowerCase(Locale.ROOT);
        boolean quoted = false;
        boolean repeated = false;
        boolean siteTitle = false;
        for (int i = 0; i < lines.size(); i++) {
            String other = lines.get(i);
            if (i == at || other.length() < line.length()) {
                continue;
            }
            quoted |= other.length() > line.length() && other.contains(line);
            String low = other.toLowerCase(Locale.ROOT);
            repeated |= low.equals(folded);
            siteTitle |= low.length() > folded.length() + 2 && (low.startsWith(folded)
                    && joinedBySeparator(low.substring(folded.length()).stripLeading(), true)
                    || low.endsWith(folded)
                    && joinedBySeparator(low.substring(0, low.length() - folded.length()).stripTrailing(), false));
        }
        return (quoted ? W_ECHO : 0) + (repeated ? W_REPEATED : 0) + (siteTitle ? W_SITE_TITLE : 0);
    }

    private static boolean joinedBySeparator(String rest, boolean leading) {
        return !rest.isEmpty() && SITE_SEPARATORS.indexOf(leading ? rest.charAt(0) : rest.charAt(rest.length() - 1)) >= 0;
    }

    /** A headline starts with a letter, a digit or an opening quote, not with a colon or a bullet. */
    private static boolean startsLikeHeadline(String line) {
        int c = line.codePointAt(0);
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.START_PUNCTUATION || c == '"' || c == '\'' || c == '\u00BB' || c == '\u00AB';
    }
}

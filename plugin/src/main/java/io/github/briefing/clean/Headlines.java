package io.github.briefing.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line a reader sees as the headline. Every title-like line near the top of the body (a few words, or one
 * word that a breadcrumb ends with right above the body; no sentence end, not a date stamp, byline label or menu item)
 * is a candidate; they are weighed by line features whose weights were fitted (conditional logit) on scraped pages
 * with known headlines: a headline shares its words with the body, opens the article's header block above a longer
 * standfirst, stands close above the body and before the page's first paragraph, and does not look like a person's
 * name (byline, photo credit), a list of tags or a section label. Lines further up count when the page repeats them
 * or prints them near its top.
 */
final class Headlines {

    /** How far above the body a headline may stand (kicker, standfirst, byline, date, photo and teasers between). */
    private static final int REACH = 40;
    /** Lines from the page's top that may be the headline however far above the body they stand. */
    private static final int PAGE_TOP = 500;
    /** Lines without running text in a row that part a notice at the body's start from the article. */
    private static final int INNER_GAP = 2;
    /** A notice the body search may begin on holds at most this many paragraphs. */
    private static final int NOTICE_PARAGRAPHS = 2;
    /** How many lines above the body a post or teaser prints its date, where a notice has none. */
    private static final int DATED_ABOVE = 3;
    /** The body search may start at the headline itself or just above it. */
    private static final int BELOW = 3;
    /**
     * How close above the body a line of one word may be the headline (its date and byline between): one word is as
     * common a line as a menu item, so it counts only there, and only where a breadcrumb ends with it.
     */
    private static final int ONE_WORD_REACH = 3;
    /** How many lines below a headline (past the one right below) its standfirst or lead may start. */
    private static final int NEAR_PROSE = 3;
    /** How many lines below a headline its header block prints the date and byline. */
    private static final int NEARBY = 3;
    /** How many lines above a headline a page prints the date when it puts it first. */
    private static final int NEARBY_ABOVE = 2;
    /** How far from a byline an author's box may stand. */
    private static final int BYLINE_NEAR = 2;
    /** A site's name after a window title's separator has at most this many words. */
    private static final int SITE_NAME_WORDS = 3;
    /** Separators of a metadata line ("12 May | News", "by Ann · in Culture"). */
    private static final Pattern METADATA = Pattern.compile("\\s[|\u00B7\u2022]\\s");
    /** How a headline may end that a paragraph of running text also ends: a question, a call, a quotation. */
    private static final Pattern TITLE_END = Pattern.compile("[?!\"'\u201D\u2019\u00BB)]$");
    /** A short line may end with a full stop and be a headline; a long one is a sentence. */
    private static final int SHORT_STOPPED = 12;
    /** Fewer words above a longer line make a kicker over a headline; more make a headline over a standfirst. */
    private static final int DEK_ABOVE_WORDS = 4;
    /** A standfirst without a stop has at least this many words, half as many again as the headline above it. */
    private static final int DEK_WORDS = 6;
    private static final Pattern BRACKET_END = Pattern.compile("\\(\\p{Lu}[^()]*\\)$");
    private static final Pattern INNER_STOP = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** What parts a line's tokens, and a list's items: compiled once, where {@code String.split} compiles each call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    /** Words joined in one token by a hyphen, a slash or a colon ("Lake-Pike", "Region/Meetup"): more than one word. */
    private static final Pattern JOINED = Pattern.compile("\\p{L}[-/:]\\p{L}");
    /** "Interview: ...", "POL-ST: ...": a short label before a colon. */
    private static final Pattern LABEL = Pattern.compile("^[\\w -]*:", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int LABEL_WORDS = 3;
    /** Marks that may open a headline before its first letter: "¿", "«", "*", "…", "(". */
    private static final int MAX_OPENING_MARKS = 2;
    /** Marks that open a list item, a separator, a continuation or a social-media tag, not a headline. */
    private static final String NOT_OPENING = "#@,;:.\u00B7\u2022|/\\\u203A>";

    private Headlines() {
    }

    /**
     * What the headline search takes from earlier pages: what a body's lines give ({@link BodyWords.Body#of}, or a memo
     * of it: a wire copy's body is its original's) and how a page echoes its lines ({@link Echoes}, or an
     * {@link Echoes.Memo}'s: a wire copy prints its original's lines).
     */
    record Memos(Function<List<String>, BodyWords.Body> bodies, Function<List<String>, Echoes> echoes) {

        /** Nothing taken from earlier pages. */
        static final Memos NONE = new Memos(BodyWords.Body::of, Echoes::new);
    }

    /** A line that may be the headline, with its feature values indexed by {@link HeadlineFeature} ordinal. */
    record Candidate(int line, double[] features) {

        double weight() {
            return HeadlineFeature.weigh(features);
        }
    }

    /** The index of the headline line, or -1 when the page has none. */
    static int find(List<String> lines, int bodyStart, int bodyEnd, Map<String, Integer> onPage, SharedLines shared,
                    Memos memos) {
        Candidate best = best(lines, bodyStart, bodyEnd, onPage, shared, memos);
        return best == null ? -1 : best.line();
    }

    /** The candidate of greatest weight, or null when the page has none. */
    static Candidate best(List<String> lines, int bodyStart, int bodyEnd, Map<String, Integer> onPage,
                          SharedLines shared, Memos memos) {
        Candidate best = null;
        double bestWeight = Double.NEGATIVE_INFINITY;
        for (Candidate c : candidates(lines, bodyStart, bodyEnd, onPage, shared, memos)) {
            double weight = c.weight();
            if (weight > bestWeight) {
                bestWeight = weight;
                best = c;
            }
        }
        return best;
    }

    /** Every title-like line near the body or at the page's top, in page order, with its features. */
    static List<Candidate> candidates(List<String> lines, int bodyStart, int bodyEnd, Map<String, Integer> onPage,
                                      SharedLines shared, Memos memos) {
        int from = Math.max(0, bodyStart - REACH);
        double[] looks = new double[lines.size()];
        Arrays.fill(looks, Double.NaN);
        List<Integer> far = new ArrayList<>();
        Echoes echoes = memos.echoes().apply(lines);
        // Out of reach above, a line at the page's top or one the page repeats (in the header, a share text, a window
        // title) may still be the headline when the body search landed too low: on a comment thread, a recipe's list,
        // a product table, past a box of teasers.
        for (int i = 0; i < from; i++) {
            if ((i < PAGE_TOP || onPage.getOrDefault(LineFacts.of(lines.get(i)).key(), 0) > 1)
                    && looksAt(lines, i, looks, onPage, shared) > 0 && !namesAnotherThing(lines, i, echoes)) {
                far.add(i);
            }
        }
        TeaserLists lists = new TeaserLists(lines, i -> looksAt(lines, i, looks, onPage, shared) > 0);
        List<Candidate> candidates = new ArrayList<>();
        near(candidates, lines, bodyStart, bodyEnd, from, far, false, looks, echoes, lists, onPage, shared, memos);
        // Where the body search began on a notice above the article (a cookie or newsletter notice, a site's motto,
        // a legal line), the headline stands under the notice, inside the body: held against the text below it.
        int inner = innerStart(lines, bodyStart, bodyEnd);
        if (inner >= 0) {
            int gapStart = inner;
            while (!LineFacts.of(lines.get(gapStart - 1)).prose()) {
                gapStart--;
            }
            near(candidates, lines, inner, bodyEnd, Math.max(gapStart, inner - REACH), List.of(), true, looks, echoes,
                    lists, onPage, shared, memos);
        }
        return candidates;
    }

    /**
     * Where the text starts again inside the body after {@value #INNER_GAP} or more lines that are no running text,
     * when what stands above them is a notice: less than half as much text as follows, with no date by it (a dated
     * block is a post of a blog's list, a teaser, a comment), and at most {@value #NOTICE_PARAGRAPHS} paragraphs
     * unless a date or byline stands in the gap (a header block: a newsletter form or a cookie dialog may hold more
     * paragraphs between its fields). A dated gap is taken before an earlier undated one. Where a teaser heading
     * stands right above the body, the body search began on the teasers' blurbs ("Latest headlines"), which may hold
     * more text than the article: a dated gap is taken however much text stands above it. -1 when the body has no
     * such start.
     */
    static int innerStart(List<String> lines, int bodyStart, int bodyEnd) {
        boolean teasers = bodyStart > 0 && LineFacts.of(lines.get(bodyStart - 1)).teaserHeading();
        for (int i = Math.max(0, bodyStart - DATED_ABOVE); i < bodyStart; i++) {
            if (LineFacts.of(lines.get(i)).metadata()) {
                return -1;
            }
        }
        int total = proseChars(lines, bodyStart, bodyEnd);
        int gap = 0;
        boolean dated = false;
        int paragraphs = 0;
        int noticeChars = 0;
        int undated = -1;
        for (int i = bodyStart; i < bodyEnd && (teasers || noticeChars * 3 < total); i++) {
            String line = lines.get(i);
            LineFacts facts = LineFacts.of(line);
            if (!facts.prose()) {
                gap++;
                if (paragraphs == 0 && facts.metadata()) {
                    return -1;
                }
                dated |= facts.metadata();
                continue;
            }
            if (gap >= INNER_GAP && paragraphs > 0) {
                if (dated) {
                    return i;
                }
                undated = undated < 0 && paragraphs <= NOTICE_PARAGRAPHS && noticeChars * 3 < total ? i : undated;
            }
            gap = 0;
            dated = false;
            paragraphs++;
            noticeChars += line.length();
        }
        return undated;
    }

    private static int proseChars(List<String> lines, int start, int end) {
        int chars = 0;
        for (int i = start; i < end; i++) {
            chars += LineFacts.of(lines.get(i)).prose() ? lines.get(i).length() : 0;
        }
        return chars;
    }

    /**
     * Adds the candidates from {@code from} to just below {@code bodyStart}, after those far above ({@code far}), to
     * the list; {@code inner} when {@code bodyStart} is where the text starts again under a notice.
     */
    private static void near(List<Candidate> candidates, List<String> lines, int bodyStart, int bodyEnd, int from,
                             List<Integer> far, boolean inner, double[] looks, Echoes echoes, TeaserLists lists,
                             Map<String, Integer> onPage, SharedLines shared,
                             Memos memos) {
        int to = Math.min(lines.size(), Math.min(Math.max(bodyEnd, bodyStart), bodyStart + BELOW));
        List<Integer> lineNumbers = new ArrayList<>(far);
        for (int i = from; i < to; i++) {
            // Where the body search starts, a paragraph of running text is the lead, not a headline.
            boolean lead = i >= bodyStart && LineFacts.of(lines.get(i)).prose() && !TITLE_END.matcher(lines.get(i)).find();
            looks[i] = lead ? 0 : score(lines.get(i), onPage, shared);
            boolean oneWord = looks[i] <= 0 && i < bodyStart && bodyStart - i <= ONE_WORD_REACH
                    && echoes.endsAnother(i) && score(lines.get(i), onPage, shared, true) > 0;
            // Under a notice, a short sentence of the text is no headline (clean texts have such gaps too).
            if ((looks[i] > 0 || oneWord) && !(inner && endsSentence(lines.get(i)))
                    && !namesAnotherThing(lines, i, echoes)) {
                lineNumbers.add(i);
            }
        }
        if (lineNumbers.isEmpty()) {
            return;
        }
        BodyWords vocabulary = new BodyWords(lines, bodyStart, bodyEnd, memos.bodies());
        int[] proseBefore = proseBefore(lines, Math.min(lines.size(), Math.max(bodyStart, to + 2 + NEAR_PROSE)));
        int farCount = far.size();
        for (int rank = 0; rank < lineNumbers.size(); rank++) {
            int i = lineNumbers.get(rank);
            String line = lines.get(i);
            double[] f = new double[HeadlineFeature.values().length];
            weigh(f, line, looksAt(lines, i, looks, onPage, shared), bodyStart - 1 - i, vocabulary);
            set(f, HeadlineFeature.FAR, i < from);
            set(f, HeadlineFeature.FAR_DISTANCE, i < from ? Math.log1p(from - i) : 0);
            set(f, HeadlineFeature.INNER, inner);
            set(f, HeadlineFeature.TEASER_LIST, lists.inList(i));
            prose(f, proseBefore, i, bodyStart);
            echoed(f, echoes.of(i), line);
            surroundings(f, lines, i, bodyStart, echoes);
            f[HeadlineFeature.RANK.ordinal()] = i < from ? 0
                    : (double) (rank - farCount) / (lineNumbers.size() - farCount);
            neighbours(f, line, i == 0 ? null : lines.get(i - 1), looksAt(lines, i - 1, looks, onPage, shared),
                    i + 1 >= lines.size() ? "" : lines.get(i + 1), looksAt(lines, i + 1, looks, onPage, shared));
            candidates.add(new Candidate(i, f));
        }
    }

    /** How title-like line {@code i} looks, scored on first use; 0 off the page. */
    private static double looksAt(List<String> lines, int i, double[] looks, Map<String, Integer> onPage,
                                  SharedLines shared) {
        if (i < 0 || i >= lines.size()) {
            return 0;
        }
        if (Double.isNaN(looks[i])) {
            looks[i] = score(lines.get(i), onPage, shared);
        }
        return looks[i];
    }

    /** The line against its neighbours: a headline opens a block and stands above a longer standfirst. */
    private static void neighbours(double[] f, String line, String above, double aboveLooks, String below,
                                   double belowLooks) {
        boolean belowLonger = below.length() > line.length();
        boolean belowSentence = endsSentence(below);
        int lineWords = WordRuns.count(line);
        int belowWords = WordRuns.count(below);
        int aboveWords = aboveLooks > 0 ? WordRuns.count(above) : 0;
        set(f, HeadlineFeature.OPENS_BLOCK, above == null || aboveLooks <= 0);
        // How much longer than a title-like neighbour: a kicker is much shorter than its headline, a headline
        // somewhat shorter than its standfirst.
        double ratioAbove = aboveLooks > 0 ? wordRatio(lineWords, aboveWords) : 0;
        set(f, HeadlineFeature.RATIO_ABOVE, ratioAbove);
        set(f, HeadlineFeature.RATIO_ABOVE_SQUARED, ratioAbove * ratioAbove);
        double ratioBelow = belowLooks > 0 ? wordRatio(belowWords, lineWords) : 0;
        set(f, HeadlineFeature.RATIO_BELOW, ratioBelow);
        set(f, HeadlineFeature.RATIO_BELOW_SQUARED, ratioBelow * ratioBelow);
        set(f, HeadlineFeature.BELOW_SHORTER_CANDIDATE, aboveLooks > 0 && above.length() < line.length());
        set(f, HeadlineFeature.BELOW_HEADLINE_SHAPED, aboveLooks > 0 && aboveWords >= DEK_ABOVE_WORDS
                && lineWords > aboveWords * 3 / 2 && !endsSentence(above));
        set(f, HeadlineFeature.ABOVE_SENTENCE, belowSentence);
        set(f, HeadlineFeature.ABOVE_LONGER_SENTENCE, belowLonger && belowSentence);
        set(f, HeadlineFeature.ABOVE_LONGER_CANDIDATE, belowLonger && belowLooks > 0);
        set(f, HeadlineFeature.ABOVE_WORDIER, belowWords > lineWords);
        set(f, HeadlineFeature.DEK_BELOW, belowLooks > 0 && !belowSentence && belowWords >= DEK_WORDS
                && belowWords * 2 >= lineWords * 3);
    }

    /** How many paragraphs of running text stand above each line, up to {@code end}. */
    private static int[] proseBefore(List<String> lines, int end) {
        int[] before = new int[end + 1];
        for (int i = 0; i < end; i++) {
            before[i + 1] = before[i] + (LineFacts.of(lines.get(i)).prose() ? 1 : 0);
        }
        return before;
    }

    /**
     * The line against the page's running text: a headline stands above the first paragraph of the page, the
     * standfirst or the lead follows it within a few lines, and no teaser's blurb stands between it and the body.
     */
    private static void prose(double[] f, int[] proseBefore, int at, int bodyStart) {
        int last = proseBefore.length - 1;
        set(f, HeadlineFeature.NO_PROSE_ABOVE, proseBefore[at] == 0);
        set(f, HeadlineFeature.PROSE_NEAR_BELOW,
                proseBefore[Math.min(last, at + 2 + NEAR_PROSE)] > proseBefore[Math.min(last, at + 2)]);
        set(f, HeadlineFeature.PROSE_BETWEEN, Math.log1p(Math.max(0, proseBefore[Math.min(last, bodyStart)]
                - proseBefore[Math.min(last, at + 1)])));
    }

    /**
     * Whether a title-like line is known to name something other than the article: a photo's caption closed by its
     * credit (it still looks like a headline to its neighbours), or a breadcrumb's earlier step (the section or
     * company the page is filed under).
     */
    private static boolean namesAnotherThing(List<String> lines, int i, Echoes echoes) {
        return isCaption(lines.get(i)) || echoes.parentStep(i);
    }

    /**
     * A header block prints its date and byline just below the headline; captions and labels have none. An author's
     * box by the byline ("About Ann Lee", "Follow Ann Lee") repeats its name; a teaser has a blurb below it and another
     * teaser under that, above the body; a name or a company opens a paragraph of its own further on.
     */
    private static void surroundings(double[] f, List<String> lines, int at, int bodyStart, Echoes echoes) {
        boolean metaBelow = false;
        for (int d = 1; d <= NEARBY && at + d < lines.size(); d++) {
            metaBelow |= LineFacts.of(lines.get(at + d)).metadata();
        }
        set(f, HeadlineFeature.META_BELOW, metaBelow);
        boolean metaAbove = false;
        for (int d = 1; d <= NEARBY_ABOVE && at - d >= 0; d++) {
            metaAbove |= LineFacts.of(lines.get(at - d)).metadata();
        }
        set(f, HeadlineFeature.META_ABOVE, metaAbove);
        set(f, HeadlineFeature.AUTHOR_BOX, isAuthorBox(lines, at));
        set(f, HeadlineFeature.OPENS_PARAGRAPH, echoes.opensParagraph(at, NEARBY));
        set(f, HeadlineFeature.TEASER_BELOW, at + 2 < bodyStart && LineFacts.of(lines.get(at + 1)).prose()
                && teaserBelow(LineFacts.of(lines.get(at + 2))));
    }

    /** Whether a line under a blurb may be another teaser's title: no running text, no date or byline. */
    private static boolean teaserBelow(LineFacts line) {
        return !line.prose() && line.words() >= 2 && !line.metadata();
    }

    /** Whether a byline within {@value #BYLINE_NEAR} lines holds half the line's longer words or more. */
    private static boolean isAuthorBox(List<String> lines, int at) {
        Set<String> own = new HashSet<>(BodyWords.words(lines.get(at)));
        for (int i = Math.max(0, at - BYLINE_NEAR); i <= Math.min(lines.size() - 1, at + BYLINE_NEAR); i++) {
            if (i != at && !own.isEmpty() && LineFacts.of(lines.get(i)).byline()) {
                Set<String> named = new HashSet<>(BodyWords.words(lines.get(i)));
                named.retainAll(own);
                if (named.size() * 2 >= own.size()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A photo's caption: a short line with a copyright sign, or a sentence closed by its credit. */
    private static boolean isCaption(String line) {
        LineFacts facts = LineFacts.of(line);
        return facts.caption() || facts.credited();
    }

    private static void set(double[] f, HeadlineFeature feature, boolean on) {
        f[feature.ordinal()] = on ? 1 : 0;
    }

    private static void set(double[] f, HeadlineFeature feature, double value) {
        f[feature.ordinal()] = value;
    }

    private static boolean endsSentence(String line) {
        return !line.isEmpty() && ".!?\u3002".indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * A list of names or tags: three or more items of at most three words (runs of letters and digits: a mark standing
     * alone, as in "Health & Care", is no word), parted by commas.
     */
    private static boolean isList(String line) {
        String[] items = LIST_SEPARATOR.split(line);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            if (WordRuns.count(item) > 3) {
                return false;
            }
        }
        return true;
    }

    /** The log of how many times as many words the longer line has as the shorter, from their word counts. */
    private static double wordRatio(int longer, int shorter) {
        return Math.log((double) Math.max(1, longer) / Math.max(1, shorter));
    }

    private static void weigh(double[] f, String line, double looks, int distance, BodyWords vocabulary) {
        Shape shape = LineFacts.of(line).shape();
        set(f, HeadlineFeature.WORDS, shape.words());
        set(f, HeadlineFeature.WORDS_SQUARED, shape.words() * shape.words());
        set(f, HeadlineFeature.ASKS, shape.asks());
        set(f, HeadlineFeature.DISTANCE, Math.min(Math.max(distance, 0), REACH) / 10.0);
        set(f, HeadlineFeature.LOG_DISTANCE, Math.log1p(Math.min(Math.max(distance, 0), REACH)));
        set(f, HeadlineFeature.RIGHT_ABOVE_BODY, distance == 0);
        set(f, HeadlineFeature.IN_BODY, distance < 0);
        set(f, HeadlineFeature.BODY_WORDS, vocabulary.inBody(line));
        set(f, HeadlineFeature.LEAD_WORDS, vocabulary.inLead(line));
        set(f, HeadlineFeature.LEAD_PHRASES, vocabulary.leadPhrases(line));
        set(f, HeadlineFeature.TOPIC_WORDS, vocabulary.topicNamed(line));
        set(f, HeadlineFeature.OWN_WORDS, vocabulary.ownWords(line, distance >= 0));
        set(f, HeadlineFeature.CAPITALISED, shape.capitalised());
        set(f, HeadlineFeature.NAME, shape.name());
        set(f, HeadlineFeature.LABEL, shape.labelled());
        set(f, HeadlineFeature.OPENS_WITH_DIGIT, shape.opensWithDigit());
        set(f, HeadlineFeature.LOOKS, looks);
        set(f, HeadlineFeature.ENDS_WITH_STOP, shape.endsWithStop());
        set(f, HeadlineFeature.SEPARATED, shape.separated());
        set(f, HeadlineFeature.OPENS_BODY, distance == -1);
        set(f, HeadlineFeature.COMMA, shape.comma());
        set(f, HeadlineFeature.LIST, shape.list());
        set(f, HeadlineFeature.BRACKET_END, shape.bracketEnd());
        set(f, HeadlineFeature.INNER_STOP, shape.innerStop());
        set(f, HeadlineFeature.COPYRIGHT, shape.copyright());
        set(f, HeadlineFeature.ALL_CAPS, shape.allCaps());
    }

    /**
     * The features of a candidate that its text alone gives ({@link #weigh} adds those of its place and its page),
     * kept with the line's {@link LineFacts}: a wire copy's candidates are its original's lines, whose patterns and
     * tokens were worked out again for each copy.
     */
    record Shape(double words, boolean asks, double capitalised, boolean name, boolean labelled,
                 boolean opensWithDigit, boolean endsWithStop, boolean separated, boolean comma, boolean list,
                 boolean bracketEnd, boolean innerStop, boolean copyright, boolean allCaps) {

        static Shape of(String line) {
            double words = Math.min(LineFacts.of(line).words(), 20) / 10.0;
            String end = line.substring(line.length() - 1);
            String[] tokens = SPACES.split(line);
            int capitalised = 0;
            for (String token : tokens) {
                capitalised += Character.isUpperCase(token.codePointAt(0)) ? 1 : 0;
            }
            boolean name = tokens.length >= 2 && tokens.length <= 3 && capitalised == tokens.length
                    && !DIGIT.matcher(line).find();
            Matcher label = LABEL.matcher(line);
            boolean labelled = label.find() && LineFeatures.words(label.group()) <= LABEL_WORDS;
            // Shouted lines are section names and mastheads more often than headlines.
            return new Shape(words, end.equals("?") || end.equals("!"), (double) capitalised / tokens.length, name,
                    labelled, Character.isDigit(line.codePointAt(0)), line.endsWith("."),
                    METADATA.matcher(line).find() && !isWindowTitle(line), line.indexOf(',') >= 0, isList(line),
                    BRACKET_END.matcher(line).find(), INNER_STOP.matcher(line).find(), line.indexOf('\u00A9') >= 0,
                    line.equals(line.toUpperCase(Locale.ROOT)) && !line.equals(line.toLowerCase(Locale.ROOT)));
        }
    }

    static double score(String raw, Map<String, Integer> onPage, SharedLines shared) {
        return score(raw, onPage, shared, false);
    }

    /** How title-like a line looks, 0 when it cannot be a headline; {@code oneWord} lets a line of one word through. */
    private static double score(String raw, Map<String, Integer> onPage, SharedLines shared, boolean oneWord) {
        LineFacts facts = LineFacts.of(raw);
        double looks = facts.looks(oneWord);
        if (Double.isNaN(looks) || shared.isTemplateKey(facts.undatedKey())) {
            return 0;
        }
        return onPage.getOrDefault(facts.key(), 0) > 1 ? looks + 1.5 : looks;
    }

    /**
     * How title-like a line's text alone makes it ({@link #score} before the page's repeats and the corpus's template
     * lines are counted, kept with the line's {@link LineFacts}), NaN when it cannot be a headline.
     */
    static double looks(String raw, boolean oneWord) {
        String line = LineFeatures.withoutLeadingDate(raw);
        LineFacts facts = LineFacts.of(line);
        int words = facts.words();
        // A line trailing off ("...") is cut short, not closed by a full stop.
        boolean stopped = line.endsWith(".") && !line.endsWith("...");
        boolean tooShort = words < 2 && !oneWord && !JOINED.matcher(line).find();
        if (tooShort || words > 30 || line.length() > 250 || line.endsWith(",")
                || stopped && (words > SHORT_STOPPED || INNER_STOP.matcher(line).find())
                || line.endsWith(":") || line.endsWith("\u3002") || !startsLikeHeadline(line) || endsWithSeparator(line)
                || (line.equals(raw) && (facts.dateOrTime() || LineFeatures.isWrittenDate(line)))
                || LineFeatures.isCreditLabel(line) || facts.furniture() || facts.byline()) {
            return Double.NaN;
        }
        double score = 1 + Math.min(words, 12) / 4.0;
        if (Character.isLowerCase(line.codePointAt(0))) {
            score -= 1;
        }
        if (line.equals(raw) && LineFeatures.hasYear(line)) {
            score -= 1.5;
        }
        return score;
    }

    /**
     * Pages echo their headline: in a breadcrumb's last step, a share text or a "currently reading" bar (quoted in a
     * longer line), in the window title with the site's name ("Headline - Site"), cut short with an ellipsis ("Headline
     * of the..."). A line merely repeated is more often a teaser or a menu item. A window title printed alone
     * vouches for itself.
     */
    private static void echoed(double[] f, Echoes.Echo echo, String line) {
        set(f, HeadlineFeature.ECHO, echo.quoted());
        set(f, HeadlineFeature.REPEATED, echo.repeated());
        set(f, HeadlineFeature.SITE_TITLE, echo.siteTitle() || isWindowTitle(line));
        set(f, HeadlineFeature.SITE_NAME, echo.siteName());
        set(f, HeadlineFeature.SHORTENED, echo.shortened());
    }

    /**
     * A window title: a headline of four words or more, then a separator and a site's name of at most
     * {@value #SITE_NAME_WORDS} words without digits ("Why cities flood | THE POST"), not a date or a section in a
     * metadata line ("12 May | News", "by Ann | Culture").
     */
    static boolean isWindowTitle(String line) {
        Matcher separator = METADATA.matcher(line);
        int last = -1;
        int count = 0;
        while (separator.find()) {
            last = separator.start();
            count++;
        }
        if (count != 1) {
            return false;
        }
        String head = line.substring(0, last);
        String site = line.substring(last + 3);
        int headWords = LineFeatures.words(head);
        int siteWords = LineFeatures.words(site);
        return siteWords >= 1 && siteWords <= SITE_NAME_WORDS && headWords >= 4 && headWords >= 2 * siteWords
                && !DIGIT.matcher(site).find();
    }

    /** A line cut at a dash or a separator ("Features >", "Topic \u2013") is a breadcrumb or a broken title. */
    private static boolean endsWithSeparator(String line) {
        int last = line.codePointBefore(line.length());
        return Character.getType(last) == Character.DASH_PUNCTUATION || "|>/\\\u203A".indexOf(last) >= 0;
    }

    /**
     * A headline starts with a letter or a digit, perhaps after opening marks (a quote, a bracket, an inverted
     * question mark, an ellipsis) and the space French and others set after them ("« Titre »", "… und dann"), not
     * with a dash, a bullet, a separator or a colon.
     */
    private static boolean startsLikeHeadline(String line) {
        for (int i = 0, n = 0; i < line.length() && n <= MAX_OPENING_MARKS; n++) {
            int c = line.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            int type = Character.getType(c);
            if (type == Character.DASH_PUNCTUATION || type == Character.MATH_SYMBOL || NOT_OPENING.indexOf(c) >= 0
                    || Character.isWhitespace(c) && i == 0) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}

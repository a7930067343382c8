package io.github.briefing.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Where a page repeats a line: in a longer line that quotes it (a breadcrumb's last step, a share text), in a window
 * title that joins it to the site's name ("Headline - Site"), word for word, or cut short with an ellipsis. Each
 * candidate headline is compared with every line of its page; a mask of the character pairs each line holds (kept
 * with its {@link LineFacts}) rules out most lines before any text is compared (a line holds another only if it holds
 * each of its pairs), and a line's case is folded once, when it is compared.
 * <p>
 * Each field of a line's {@link Echo} holds when some other line of the page echoes it so, or (shortened) cuts it
 * short: so a line's echo on a page is its echo on the page without its first line, joined with its echo on that
 * first line.
 * A {@link Memo} keeps the echoes found on the pages met lately, and a wire copy that prints its original's lines under
 * a line of its own compares its original's lines with that line alone.
 */
final class Echoes {

    /** Lines shorter than this are too common to count as echoed (a name, a date). */
    private static final int MIN_LENGTH = 8;
    /** What joins a page title to its site name ("Headline - Site", "Site | Headline", "Home > Headline"). */
    private static final String SITE_SEPARATORS = "-|\u2013\u2014:\u00BB\u00B7\u2022>/";

    /** What parts a breadcrumb's steps: chevrons; a slash, a bar or a dash also join a window title to its site. */
    static final CharSet CHEVRONS = CharSet.of(">\u203A\u00BB");
    /** What cuts a line short ("Headline of the art..."), as a breadcrumb's step or a reading bar does. */
    private static final String[] ELLIPSES = {"...", "\u2026"};
    /** A cut line keeps at least this many words of what it cuts: fewer are too common an opening. */
    private static final int SHORTENED_WORDS = 3;

    /** How a page echoes one line. */
    record Echo(boolean quoted, boolean repeated, boolean siteTitle, boolean siteName, boolean shortened) {
        static final Echo NONE = new Echo(false, false, false, false, false);

        /** How the lines of this echo and of {@code other} together echo the line. */
        Echo or(Echo other) {
            return new Echo(quoted || other.quoted, repeated || other.repeated, siteTitle || other.siteTitle,
                    siteName || other.siteName, shortened || other.shortened);
        }
    }

    /** A line the page cuts short with an ellipsis, and what stands before the ellipsis. */
    private record Cut(int line, String opening) {
    }

    /**
     * What each line of a page gives the comparisons, worked out once for the page, and the echoes of its lines, found
     * on first use: two words of character pairs per line, as printed and folded (with one, the pairs of a long line
     * set every bit), the lines cut short with an ellipsis (openings of lines printed in full elsewhere) and the lines
     * that hold a chevron, folded and stripped (the only ones a breadcrumb can be, and few on a page).
     */
    private record Page(long[] pairs, long[] foldedPairs, List<Cut> cut, Map<Integer, String> crumbs,
                        AtomicReferenceArray<Echo> echoes) {

        static Page of(List<String> lines) {
            long[] pairs = new long[2 * lines.size()];
            long[] foldedPairs = new long[2 * lines.size()];
            List<Cut> cut = new ArrayList<>();
            Map<Integer, String> crumbs = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                // A line's pairs are kept with its facts: a wire copy's lines were paired for its original.
                LineFacts.Pairs kept = LineFacts.of(line).pairs();
                pairs[2 * i] = kept.low();
                pairs[2 * i + 1] = kept.high();
                foldedPairs[2 * i] = kept.foldedLow();
                foldedPairs[2 * i + 1] = kept.foldedHigh();
                String opening = withoutEllipsis(line);
                if (opening != null && LineFeatures.words(opening) >= SHORTENED_WORDS) {
                    cut.add(new Cut(i, opening));
                }
                // Folding to lower case neither makes nor takes a chevron.
                if (CHEVRONS.any(line)) {
                    crumbs.put(i, line.toLowerCase(Locale.ROOT).strip());
                }
            }
            return new Page(pairs, foldedPairs, cut, crumbs, new AtomicReferenceArray<>(lines.size()));
        }

        /** This page's lines under those of {@code top}, as one page whose echoes are still to find. */
        Page under(Page top) {
            int shift = top.echoes.length();
            List<Cut> allCut = new ArrayList<>(top.cut);
            cut.forEach(c -> allCut.add(new Cut(c.line() + shift, c.opening())));
            Map<Integer, String> allCrumbs = new LinkedHashMap<>(top.crumbs);
            crumbs.forEach((line, crumb) -> allCrumbs.put(line + shift, crumb));
            return new Page(joined(top.pairs, pairs), joined(top.foldedPairs, foldedPairs), allCut, allCrumbs,
                    new AtomicReferenceArray<>(shift + echoes.length()));
        }

        private static long[] joined(long[] first, long[] second) {
            long[] both = Arrays.copyOf(first, first.length + second.length);
            System.arraycopy(second, 0, both, first.length, second.length);
            return both;
        }

        /** The page's lines, counted whole (they are mostly {@link LineMemo}'s own), and what they give. */
        static long cost(List<String> lines, Page page) {
            long chars = 0;
            for (String line : lines) {
                chars += line.length();
            }
            for (String crumb : page.crumbs.values()) {
                chars += crumb.length();
            }
            return 200 + 2 * chars + 48L * lines.size() + 40L * page.cut.size();
        }
    }

    /**
     * The echoes of the pages met lately, each page's found on first use, kept by the page's lines for its wire copies
     * (and for the second layout of a page the cleaner weighs): bounded as {@link BoundedMemo}s are.
     */
    static final class Memo {

        /** Pages kept: enough for a copy to find its original's some 4,000 pages on (the bench's copies). */
        private static final int PAGES = 1 << 15;
        /** Some 6,000 pages of news, their lines counted whole (the lines are mostly {@link LineMemo}'s own). */
        private static final long BUDGET = 48L << 20;

        private final BoundedMemo<List<String>, Page> pages = new BoundedMemo<>(PAGES, BUDGET, Page::cost);

        /**
         * The echoes of a page's lines ({@code lines} immutable), with those kept for the page or for the page below
         * its first line.
         */
        Echoes of(List<String> lines) {
            return new Echoes(lines, this);
        }
    }

    private final List<String> lines;
    /** Each line folded to lower case, made on first use: only the lines whose pairs pass are compared. */
    private final String[] folded;
    /** What the page's lines give the comparisons, with their echoes: shared with the memo when it keeps the page. */
    private final Page page;
    /** The echoes kept for the page without its first line (a wire copy's original), or null. */
    private final AtomicReferenceArray<Echo> below;
    /** The lines by their first {@value #MIN_LENGTH} characters, made on first use: the openings of paragraphs. */
    private Map<String, List<Integer>> byOpening;

    /** The echoes of a page's lines, none kept beyond it. */
    Echoes(List<String> lines) {
        this(lines, null);
    }

    private Echoes(List<String> lines, Memo memo) {
        this.lines = lines;
        this.folded = new String[lines.size()];
        Page same = memo == null ? null : memo.pages.kept(lines);
        Page under = memo == null || same != null || lines.size() < 2 ? null
                : memo.pages.kept(lines.subList(1, lines.size()));
        this.below = under == null ? null : under.echoes();
        // A copy's own page is not kept: its copies are rare, and its original's would lose their slot.
        this.page = same != null ? same : under != null ? under.under(Page.of(lines.subList(0, 1)))
                : memo == null ? Page.of(lines) : memo.pages.get(lines, Page::of);
    }

    private String folded(int i) {
        String low = folded[i];
        if (low == null) {
            low = lines.get(i).toLowerCase(Locale.ROOT);
            folded[i] = low;
        }
        return low;
    }

    /** The line without the ellipsis that cuts it short, or null when it ends otherwise. */
    private static String withoutEllipsis(String line) {
        for (String ellipsis : ELLIPSES) {
            if (line.endsWith(ellipsis)) {
                return line.substring(0, line.length() - ellipsis.length()).strip();
            }
        }
        return null;
    }

    /** How the page echoes line {@code at}. */
    Echo of(int at) {
        Echo echo = page.echoes().get(at);
        if (echo == null) {
            Echo kept = below == null || at == 0 ? null : below.get(at - 1);
            echo = kept != null ? kept.or(of(at, 0, 1)) : of(at, 0, lines.size());
            page.echoes().set(at, echo);
        }
        return echo;
    }

    /** How lines {@code from} to {@code to} (exclusive) echo line {@code at}. */
    private Echo of(int at, int from, int to) {
        String line = lines.get(at);
        if (line.length() < MIN_LENGTH) {
            return Echo.NONE;
        }
        String low = folded(at);
        boolean quoted = false;
        boolean repeated = false;
        boolean siteTitle = false;
        boolean siteName = false;
        // The masks rule out most lines before their text is read: a page of a thousand lines is read once per
        // candidate, and each line's text is an object of its own, mostly out of the processor's caches.
        long[] pairs = page.pairs();
        long[] foldedPairs = page.foldedPairs();
        for (int i = from; i < to; i++) {
            boolean mayQuote = holds(pairs, i, at);
            boolean mayJoin = holds(foldedPairs, i, at);
            if (i == at || !mayQuote && !mayJoin) {
                continue;
            }
            String other = lines.get(i);
            if (other.length() < line.length()) {
                continue;
            }
            quoted |= mayQuote && other.length() > line.length() && other.contains(line);
            if (mayJoin) {
                String otherLow = folded(i);
                repeated |= otherLow.equals(low);
                boolean joined = otherLow.length() > low.length() + 2 && (otherLow.startsWith(low)
                        && separatorAfter(otherLow, low.length())
                        || otherLow.endsWith(low) && separatorBefore(otherLow, otherLow.length() - low.length()));
                boolean longerPart = low.length() * 2 >= otherLow.length();
                siteTitle |= joined && longerPart;
                siteName |= joined && !longerPart;
            }
        }
        boolean shortened = false;
        if (withoutEllipsis(line) == null) {
            for (Cut c : page.cut()) {
                shortened |= c.line() >= from && c.line() < to && line.length() > c.opening().length()
                        && line.startsWith(c.opening());
            }
        }
        return new Echo(quoted, repeated, siteTitle, siteName, shortened);
    }

    /**
     * Whether a longer line of the page ends with line {@code at} after a separator, as a breadcrumb ends with the
     * page's own title ("Home \u00BB Travel \u00BB Emden"); short lines count too.
     */
    boolean endsAnother(int at) {
        String low = folded(at);
        long[] foldedPairs = page.foldedPairs();
        for (int i = 0; i < lines.size(); i++) {
            if (i == at || !holds(foldedPairs, i, at)) {
                continue;
            }
            String other = folded(i);
            if (other.length() > low.length() + 2 && other.endsWith(low)
                    && separatorBefore(other, other.length() - low.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a breadcrumb shows line {@code at} as a step before another ("Home › Press › Acme Ltd › Title", or
     * "Acme Ltd ›" with the next step on the next line): the section or the company the page is filed under, not
     * the page's own title. A step counts as a parent when a chevron follows it and either precedes it too, or the
     * breadcrumb ends with one or holds two; a window title's "Title » Site" holds one chevron and stays.
     */
    boolean parentStep(int at) {
        String low = folded(at);
        for (Map.Entry<Integer, String> crumb : page.crumbs().entrySet()) {
            int i = crumb.getKey();
            String other = crumb.getValue();
            if (i == at || other.length() <= low.length() || !holds(page.foldedPairs(), i, at)) {
                continue;
            }
            for (int k = other.indexOf(low); k >= 0; k = other.indexOf(low, k + 1)) {
                int after = skipSpaces(other, k + low.length());
                if (after < other.length() && CHEVRONS.contains(other.charAt(after))
                        && (chevronBefore(other, k) || CHEVRONS.contains(other.charAt(other.length() - 1))
                        || CHEVRONS.count(other) >= 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a paragraph of running text more than {@code nearby} lines away opens with line {@code at}: a name
     * introducing its author's note ("Ann Lee (37) coaches founders ..."), a company its press release, a speaker a
     * quote. A headline is not the first words of a paragraph, but for the lead right under it, which may repeat it
     * (a blog's post, or a scraper that joined the two). Looked up by the line's first characters: every candidate
     * of a page of a thousand lines asks.
     */
    boolean opensParagraph(int at, int nearby) {
        String line = lines.get(at);
        if (line.length() < MIN_LENGTH) {
            for (int i = 0; i < lines.size(); i++) {
                if (opens(line, at, i, nearby)) {
                    return true;
                }
            }
            return false;
        }
        if (byOpening == null) {
            byOpening = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > MIN_LENGTH) {
                    byOpening.computeIfAbsent(lines.get(i).substring(0, MIN_LENGTH), k -> new ArrayList<>()).add(i);
                }
            }
        }
        for (int i : byOpening.getOrDefault(line.substring(0, MIN_LENGTH), List.of())) {
            if (opens(line, at, i, nearby)) {
                return true;
            }
        }
        return false;
    }

    private boolean opens(String line, int at, int i, int nearby) {
        String other = lines.get(i);
        return Math.abs(i - at) > nearby && other.length() > line.length() && other.startsWith(line)
                && LineFacts.of(other).prose();
    }

    private static int skipSpaces(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean chevronBefore(String line, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i > 0 && CHEVRONS.contains(line.charAt(i - 1));
    }

    /** Sets one of 128 bits, from {@code masks[at]} on, for each pair of adjacent characters in the line. */
    static void pairMask(String line, long[] masks, int at) {
        for (int i = 1; i < line.length(); i++) {
            int bit = (line.charAt(i - 1) * 31 + line.charAt(i)) & 127;
            masks[at + (bit >> 6)] |= 1L << bit;
        }
    }

    /** Whether line {@code i} has every character pair of line {@code at}, as it must to hold it. */
    private static boolean holds(long[] masks, int i, int at) {
        return (masks[2 * at] & ~masks[2 * i]) == 0 && (masks[2 * at + 1] & ~masks[2 * i + 1]) == 0;
    }

    /** Whether the first character past {@code from} and any spaces there joins a site's name to a title. */
    private static boolean separatorAfter(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i < line.length() && SITE_SEPARATORS.indexOf(line.charAt(i)) >= 0;
    }

    /** Whether the last character before {@code end} and any spaces there joins a site's name to a title. */
    private static boolean separatorBefore(String line, int end) {
        int i = end;
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i > 0 && SITE_SEPARATORS.indexOf(line.charAt(i - 1)) >= 0;
    }
}

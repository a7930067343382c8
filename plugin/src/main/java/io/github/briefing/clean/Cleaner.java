package io.github.briefing.clean;

import io.github.briefing.read.RawArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clean stage: separates what a reader came for (headline, body, captions) from what the page wrapped around
 * it (navigation, promos, teasers, footers, a body scraped twice). Decisions come from line features and from
 * repetition, never from the wording of particular sites.
 */
public final class Cleaner {

    /** Lines after the body where a page prints its date or print-section footer. */
    private static final int FOOTER_LINES = 3;
    /** Lines above the headline where a page prints its date and section ("24 April 2020 | Press"). */
    private static final int ABOVE_HEADLINE = 4;
    /** A teaser heading with at least this share (1/n) of the main text after it heads a box inside the article. */
    private static final int INLINE_BOX_SHARE = 4;
    /**
     * Bodies kept: enough for a copy to find its original's some 4,000 articles on (the bench's copies), within a
     * budget of memory (some 8 KB a body of news, its lines besides). A body keeps its slot until another body of the
     * same slot comes, so the slots are many times the bodies kept: at 2^14, 30,000 articles found 19,373 bodies kept
     * and worked out 9,146, 5,485 of them where another body had taken the slot.
     */
    private static final int BODIES = 1 << 16;
    private static final long BODIES_BUDGET = 48L << 20;
    /**
     * Paragraphs kept with what the corpus's template sentences leave of them: a wire copy's body is its original's
     * paragraphs, whose sentences were split and keyed again for each copy (a tenth of the clean stage on copies).
     * Slots several times the some 80,000 body paragraphs of 4,066 articles, as {@link LineMemo}'s.
     */
    private static final int PARAGRAPHS = 1 << 19;
    private static final long PARAGRAPHS_BUDGET = 48L << 20;
    private final SharedLines shared;
    private final LineMemo memo = new LineMemo();
    private final BoundedMemo<String, Stripped> stripped = new BoundedMemo<>(PARAGRAPHS, PARAGRAPHS_BUDGET,
            Stripped::cost);
    /** What bodies give the headline search ({@link BodyWords.Body}), kept for the wire copies of a body. */
    private final BoundedMemo<List<String>, BodyWords.Body> bodies = new BoundedMemo<>(BODIES, BODIES_BUDGET,
            BodyWords.Body::cost);
    private final Echoes.Memo echoes = new Echoes.Memo();
    private final Headlines.Memos memos = new Headlines.Memos(body -> bodies.get(body, BodyWords.Body::of),
            echoes::of);

    public Cleaner(SharedLines shared) {
        this.shared = shared;
    }

    SharedLines shared() {
        return shared;
    }

    /**
     * Where the article lies on its page: the page's lines and their {@link LineFacts}, how many of them are the
     * article's (teasers and threads cut off), where a comment thread starts, the main text's span, how often each
     * line stands on the page (by its {@link LineKey}) and the headline found over the span (null when none is).
     */
    record Layout(List<String> lines, List<LineFacts> facts, int end, int threadAt, MainText.Span span,
                  Map<String, Integer> onPage, Headlines.Candidate headline) {

        List<String> page() {
            return lines.subList(0, end);
        }
    }

    Layout layout(RawArticle raw) {
        List<LineFacts> facts = new ArrayList<>();
        for (String line : raw.text().split("\n")) {
            if (!line.isBlank()) {
                facts.add(memo.of(line.strip()));
            }
        }
        // The memo's own copy of each line, so that the stages below, which look a line's facts up again, find it by
        // identity rather than by comparing its text.
        List<String> lines = facts.stream().map(LineFacts::line).toList();
        Map<String, Integer> onLines = countKeys(facts);
        long[] scores = new long[lines.size()];
        boolean[] boilerplate = new boolean[lines.size()];
        for (int i = 0; i < scores.length; i++) {
            boilerplate[i] = isBoilerplate(facts.get(i), onLines);
            scores[i] = MainText.score(lines, i, boilerplate[i]);
        }
        MainText.Span best = ArticleRun.aboveTeasers(MainText.find(scores), lines, scores);
        Layout layout = layout(best, lines, facts, onLines, boilerplate, scores);
        MainText.Span above = ArticleRun.headedAbove(best, lines, scores);
        return above.isEmpty() ? layout
                : ArticleRun.choose(layout, layout(above, lines, facts, onLines, boilerplate, scores));
    }

    /** The page laid out around {@code run}, a run of running text ({@link MainText#find}). */
    private Layout layout(MainText.Span run, List<String> lines, List<LineFacts> facts, Map<String, Integer> onLines,
                          boolean[] boilerplate, long[] scores) {
        MainText.Span beforeThread = MainText.beforeThread(run, lines);
        int threadAt = beforeThread.end() < run.end() ? beforeThread.end() : lines.size();
        MainText.Span found = threadAt < lines.size() ? beforeThread
                : MainText.withTrailingList(beforeThread, lines, boilerplate);
        int end = Math.min(threadAt, teaserStart(facts, found, scores));
        Map<String, Integer> onPage = end == lines.size() ? onLines : countKeys(facts.subList(0, end));
        MainText.Span span = new MainText.Span(found.start(), Math.min(found.end(), end));
        List<String> page = lines.subList(0, end);
        return new Layout(lines, facts, end, threadAt, span, onPage,
                Headlines.best(page, span.start(), span.end(), onPage, shared, memos));
    }

    public CleanArticle clean(RawArticle raw) {
        Layout layout = layout(raw);
        List<String> lines = layout.lines();
        int end = layout.end();
        int threadAt = layout.threadAt();
        MainText.Span span = layout.span();
        Map<String, Integer> onPage = layout.onPage();
        List<String> removed = new ArrayList<>(lines.subList(end, lines.size()));
        List<String> page = layout.page();
        int headlineAt = layout.headline() == null ? -1 : layout.headline().line();
        String headline = headlineAt < 0 ? null : LineFeatures.withoutLeadingDate(page.get(headlineAt));

        List<LineFacts> facts = layout.facts();
        MainText.Span standfirst = Standfirst.find(page, headlineAt, span.start(),
                line -> isBoilerplate(LineFacts.of(line), onPage));
        Set<String> captionKeys = captionKeys(facts.subList(0, page.size()), span.start());
        int bodyEnd = span.end() - Credits.trailing(page.subList(span.start(), span.end()));
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inTeaserBox = false;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            LineFacts lineFacts = facts.get(i);
            String key = lineFacts.key();
            // A teaser heading inside the text opens a box of links that ends where the text goes on.
            inTeaserBox = lineFacts.teaserHeading() || inTeaserBox && !lineFacts.prose();
            boolean inBody = i >= span.start() && i < bodyEnd || standfirst.contains(i);
            if (captionKeys.contains(key) || inBody && lineFacts.caption()) {
                if (seen.add(key)) {
                    captions.add(line);
                }
            } else if (!inBody || inTeaserBox || !seen.add(key) || i == headlineAt
                    || isBoilerplate(lineFacts, onPage) || isHeadlineAgain(line, headline)) {
                removed.add(line);
            } else {
                paragraphs.add(line);
            }
        }
        if (paragraphs.isEmpty()) {
            // The main-text search kept nothing (a text of one line, a page of short lines): rather than lose the
            // article, keep every line that no line-level rule calls boilerplate.
            Set<String> kept = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                if (i != headlineAt && !isBoilerplate(facts.get(i), onPage) && kept.add(facts.get(i).key())) {
                    paragraphs.add(line);
                }
            }
            if (paragraphs.isEmpty() && headline != null && LineFacts.of(headline).prose()) {
                paragraphs.add(page.get(headlineAt));
                headline = null;
                headlineAt = -1;
            }
            removed.removeAll(paragraphs);
        }
        paragraphs = withoutTemplateSentences(paragraphs, removed);
        int mastheadFrom = Math.max(0, (headlineAt < 0 ? span.start() : headlineAt) - ABOVE_HEADLINE);
        List<String> masthead = new ArrayList<>(page.subList(Math.min(mastheadFrom, span.start()), span.start()));
        // Past a closing credit the page may still print its date; past a teaser heading or in a thread the dates are
        // the teasers' and the comments'.
        boolean othersFollow = end < lines.size() && (end == threadAt || layout.facts().get(end).teaserHeading());
        int footerEnd = othersFollow ? end
                : Math.min(lines.size(), Math.min(span.end(), end) + FOOTER_LINES);
        masthead.addAll(lines.subList(Math.min(bodyEnd, footerEnd), footerEnd));
        return new CleanArticle(raw, headline, paragraphs, captions, removed, masthead);
    }

    /**
     * The paragraphs without the corpus's template sentences, which go to the removed lines; a text made of
     * nothing else keeps them (an article with no body cannot be matched or shown).
     */
    private List<String> withoutTemplateSentences(List<String> paragraphs, List<String> removed) {
        List<String> taken = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Stripped strip = stripped.get(paragraph, this::strip);
            taken.addAll(strip.taken());
            if (!strip.rest().isEmpty()) {
                kept.add(strip.rest());
            }
        }
        if (kept.isEmpty()) {
            return paragraphs;
        }
        removed.addAll(taken);
        return kept;
    }

    /** A paragraph without the corpus's template sentences ({@link SharedSentences#strip}), and those taken out. */
    private record Stripped(String rest, List<String> taken) {

        /** The record, the list and its strings (the rest and the paragraph, its key, at worst), at two bytes a char. */
        static long cost(String paragraph, Stripped strip) {
            long chars = paragraph.length() + strip.rest().length();
            for (String sentence : strip.taken()) {
                chars += sentence.length() + 24;
            }
            return 96 + 2 * chars;
        }
    }

    private Stripped strip(String paragraph) {
        List<String> taken = new ArrayList<>();
        String rest = shared.sentences().strip(LineFacts.of(paragraph), taken);
        return new Stripped(rest, List.copyOf(taken));
    }

    /** Whether a line is the page's or the site's, not the article's. */
    private boolean isBoilerplate(LineFacts line, Map<String, Integer> onPage) {
        boolean repeatedShort = !line.prose() && onPage.getOrDefault(line.key(), 0) > 1;
        return repeatedShort || line.teaserHeading() || line.furniture() || shared.isTemplateKey(line.key());
    }

    private static boolean isHeadlineAgain(String line, String headline) {
        return headline != null && line.endsWith(headline) && line.length() < headline.length() + 40;
    }

    private static Map<String, Integer> countKeys(List<LineFacts> lines) {
        Map<String, Integer> counts = new HashMap<>();
        lines.forEach(line -> counts.merge(line.key(), 1, Integer::sum));
        return counts;
    }

    /**
     * Where the article ends: a teaser heading after most of the main text (teaser blurbs are short sentences that
     * would otherwise pass as text), or a credit line after it (what follows a credit is the agency's blurb or the
     * page's). A teaser heading before most of the text is navigation, and costs as such; one with a good part of
     * the text still to come heads a box of links set into the article, which the body leaves out.
     */
    private static int teaserStart(List<LineFacts> lines, MainText.Span main, long[] scores) {
        long total = 0;
        for (int i = main.start(); i < main.end(); i++) {
            total += Math.max(0, scores[i]);
        }
        long before = 0;
        for (int i = main.start(); i < lines.size(); i++) {
            LineFacts line = lines.get(i);
            boolean textFollows = (total - before) * INLINE_BOX_SHARE >= total;
            if (i > main.start() && before * 2 >= total && (line.teaserHeading() && !textFollows || line.credit())) {
                return i;
            }
            before += Math.max(0, scores[i]);
        }
        return lines.size();
    }

    /** A long line shown twice around the start of the body is a photo's alt text and caption. */
    private static Set<String> captionKeys(List<LineFacts> page, int bodyStart) {
        Set<String> keys = new HashSet<>();
        Set<String> early = new HashSet<>();
        for (int i = 0; i < Math.min(bodyStart + 3, page.size()); i++) {
            String key = page.get(i).key();
            if (!early.add(key) && page.get(i).hasWords(8)) {
                keys.add(key);
            }
        }
        return keys;
    }
}

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
    private final SharedLines shared;

    public Cleaner(SharedLines shared) {
        this.shared = shared;
    }

    SharedLines shared() {
        return shared;
    }

    /**
     * Where the article lies on its page: the page's lines and their {@link LineKey}s, how many of them are the
     * article's (teasers and threads cut off), where a comment thread starts, the main text's span and how often each
     * line stands on the page.
     */
    record Layout(List<String> lines, List<String> keys, int end, int threadAt, MainText.Span span,
                  Map<String, Integer> onPage) {

        List<String> page() {
            return lines.subList(0, end);
        }
    }

    Layout layout(RawArticle raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.text().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        List<String> keys = new ArrayList<>(lines.size());
        lines.forEach(line -> keys.add(LineKey.of(line)));
        Map<String, Integer> onLines = countKeys(keys);
        long[] scores = new long[lines.size()];
        boolean[] boilerplate = new boolean[lines.size()];
        for (int i = 0; i < scores.length; i++) {
            boilerplate[i] = isBoilerplate(lines.get(i), keys.get(i), onLines);
            scores[i] = MainText.score(lines, i, boilerplate[i]);
        }
        MainText.Span best = ArticleRun.aboveTeasers(MainText.find(scores), lines, scores);
        Layout layout = layout(best, lines, keys, onLines, boilerplate, scores);
        MainText.Span above = ArticleRun.headedAbove(best, lines, scores);
        return above.isEmpty() ? layout
                : ArticleRun.choose(layout, layout(above, lines, keys, onLines, boilerplate, scores), shared);
    }

    /** The page laid out around {@code run}, a run of running text ({@link MainText#find}). */
    private static Layout layout(MainText.Span run, List<String> lines, List<String> keys, Map<String, Integer> onLines,
                                 boolean[] boilerplate, long[] scores) {
        MainText.Span beforeThread = MainText.beforeThread(run, lines);
        int threadAt = beforeThread.end() < run.end() ? beforeThread.end() : lines.size();
        MainText.Span found = threadAt < lines.size() ? beforeThread
                : MainText.withTrailingList(beforeThread, lines, boilerplate);
        int end = Math.min(threadAt, teaserStart(lines, found, scores));
        Map<String, Integer> onPage = end == lines.size() ? onLines : countKeys(keys.subList(0, end));
        return new Layout(lines, keys, end, threadAt, new MainText.Span(found.start(), Math.min(found.end(), end)),
                onPage);
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
        int headlineAt = Headlines.find(page, span.start(), span.end(), onPage, shared);
        String headline = headlineAt < 0 ? null : LineFeatures.withoutLeadingDate(page.get(headlineAt));

        List<String> keys = layout.keys();
        MainText.Span standfirst = Standfirst.find(page, headlineAt, span.start(),
                line -> isBoilerplate(line, LineKey.of(line), onPage));
        Set<String> captionKeys = captionKeys(page, keys, span.start());
        int bodyEnd = span.end() - Credits.trailing(page.subList(span.start(), span.end()));
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean inTeaserBox = false;
        for (int i = 0; i < page.size(); i++) {
            String line = page.get(i);
            String key = keys.get(i);
            // A teaser heading inside the text opens a box of links that ends where the text goes on.
            inTeaserBox = LineFeatures.isTeaserHeading(line) || inTeaserBox && !LineFeatures.isProse(line);
            boolean inBody = i >= span.start() && i < bodyEnd || standfirst.contains(i);
            if (captionKeys.contains(key) || inBody && LineFeatures.isCaption(line)) {
                if (seen.add(key)) {
                    captions.add(line);
                }
            } else if (!inBody || inTeaserBox || !seen.add(key) || i == headlineAt
                    || isBoilerplate(line, key, onPage) || isHeadlineAgain(line, headline)) {
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
                if (i != headlineAt && !isBoilerplate(line, keys.get(i), onPage) && kept.add(keys.get(i))) {
                    paragraphs.add(line);
                }
            }
            if (paragraphs.isEmpty() && headline != null && LineFeatures.isProse(headline)) {
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
        boolean othersFollow = end < lines.size() && (end == threadAt || LineFeatures.isTeaserHeading(lines.get(end)));
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
            String rest = shared.sentences().strip(paragraph, taken);
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        if (kept.isEmpty()) {
            return paragraphs;
        }
        removed.addAll(taken);
        return kept;
    }

    /** Whether a line is the page's or the site's, not the article's; {@code key} is its {@link LineKey}. */
    private boolean isBoilerplate(String line, String key, Map<String, Integer> onPage) {
        boolean repeatedShort = !LineFeatures.isProse(line) && onPage.getOrDefault(key, 0) > 1;
        return repeatedShort || LineFeatures.isTeaserHeading(line) || shared.isTemplateKey(key) || LineFeatures.isPrompt(line)
                || LineFeatures.isDecoration(line) || LineFeatures.isBreadcrumb(line);
    }

    private static boolean isHeadlineAgain(String line, String headline) {
        return headline != null && line.endsWith(headline) && line.length() < headline.length() + 40;
    }

    private static Map<String, Integer> countKeys(List<String> keys) {
        Map<String, Integer> counts = new HashMap<>();
        keys.forEach(key -> counts.merge(key, 1, Integer::sum));
        return counts;
    }

    /**
     * Where the article ends: a teaser heading after most of the main text (teaser blurbs are short sentences that
     * would otherwise pass as text), or a credit line after it (what follows a credit is the agency's blurb or the
     * page's). A teaser heading before most of the text is navigation, and costs as such; one with a good part of
     * the text still to come heads a box of links set into the article, which the body leaves out.
     */
    private static int teaserStart(List<String> lines, MainText.Span main, long[] scores) {
        long total = 0;
        for (int i = main.start(); i < main.end(); i++) {
            total += Math.max(0, scores[i]);
        }
        long before = 0;
        for (int i = main.start(); i < lines.size(); i++) {
            String line = lines.get(i);
            boolean textFollows = (total - before) * INLINE_BOX_SHARE >= total;
            if (i > main.start() && before * 2 >= total
                    && (LineFeatures.isTeaserHeading(line) && !textFollows || Credits.isCredit(line))) {
                return i;
            }
            before += Math.max(0, scores[i]);
        }
        return lines.size();
    }

    /** A long line shown twice around the start of the body is a photo's alt text and caption. */
    private static Set<String> captionKeys(List<String> lines, List<String> lineKeys, int bodyStart) {
        Set<String> keys = new HashSet<>();
        Set<String> early = new HashSet<>();
        for (int i = 0; i < Math.min(bodyStart + 3, lines.size()); i++) {
            String key = lineKeys.get(i);
            if (!early.add(key) && LineFeatures.hasWords(lines.get(i), 8)) {
                keys.add(key);
            }
        }
        return keys;
    }
}

package io.github.briefing.describe;

import java.util.List;

/**
 * The dates written in texts ({@link DateFinder#find(String, String, Boolean)}), kept for the texts met lately: wire
 * copies share their paragraphs and stamp lines, whose dates need the date patterns only once.
 */
final class TextDates {

    /**
     * Texts kept with their dates: enough for a copy to find most of its original's lines a few thousand articles on,
     * when a line keeps its slot until a line of the same slot comes (at 2^16 slots a copy of the bench, 4,066 articles
     * on, missed two of five). The texts are a page's stamp lines (at most 20 words) and the paragraphs the article
     * keeps anyway: some 150 bytes each of the memo's own.
     */
    private static final int TEXTS = 1 << 19;

    private record Query(String text, String lang, Boolean pageMonthFirst) {
    }

    private final TextMemo<Query, List<DateFinder.Found>> found = new TextMemo<>(TEXTS);

    /** The dates of a text, with slashed dates read in its language's custom. */
    List<DateFinder.Found> find(String text, String lang) {
        return find(text, lang, null);
    }

    /** The dates of a text, with slashed dates read as its page writes them ({@link DateFinder#monthFirst}). */
    List<DateFinder.Found> find(String text, String lang, Boolean pageMonthFirst) {
        return found.get(new Query(text, lang, pageMonthFirst), q -> DateFinder.find(q.text(), q.lang(),
                q.pageMonthFirst()));
    }
}

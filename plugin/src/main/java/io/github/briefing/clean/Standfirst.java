package io.github.briefing.clean;

import java.util.List;
import java.util.function.Predicate;

/**
 * The standfirst: the sentence or two a page sets under its headline to open the article, often parted from the body
 * by a byline, a date, share buttons or a photo. It is the article's own text, though the body search, which starts
 * at the first run of paragraphs, leaves it above the body.
 */
final class Standfirst {

    /** How far below the headline the standfirst may stand (byline, role, date, reading time come between). */
    private static final int WINDOW = 5;
    /** Fewer words make a byline, a date or a label, not an opening sentence. */
    private static final int MIN_WORDS = 8;
    /** From this many words a line without a closing stop still reads as a sentence, not as another headline. */
    private static final int SENTENCE_WORDS = 14;

    private Standfirst() {
    }

    /**
     * The standfirst's lines (start inclusive, end exclusive) between the headline and the body: the first sentence
     * below the headline and any paragraphs right after it; empty when there is none.
     */
    static MainText.Span find(List<String> page, int headlineAt, int bodyStart, Predicate<String> boilerplate) {
        int limit = Math.min(bodyStart, headlineAt + 1 + WINDOW);
        for (int i = headlineAt + 1; headlineAt >= 0 && i < limit; i++) {
            if (opens(page.get(i), boilerplate)) {
                int end = i + 1;
                while (end < bodyStart && LineFacts.of(page.get(end)).prose() && opens(page.get(end), boilerplate)) {
                    end++;
                }
                return new MainText.Span(i, end);
            }
        }
        return new MainText.Span(0, 0);
    }

    /**
     * A sentence that can open the article: a line of a few words without a stop is a teaser's headline, a line with a
     * date or time is the byline's, a caption the photo's (here, under the headline where the lead photo stands, a
     * sentence closed by a credit is a caption however long).
     */
    private static boolean opens(String line, Predicate<String> boilerplate) {
        LineFacts facts = LineFacts.of(line);
        return facts.hasWords(MIN_WORDS) && (facts.hasWords(SENTENCE_WORDS) || facts.sentenceEnd())
                && !facts.dateOrTime() && !facts.caption() && !facts.credited() && !boilerplate.test(line);
    }
}

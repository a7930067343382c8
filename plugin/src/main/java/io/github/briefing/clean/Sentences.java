package io.github.briefing.clean;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * A text's sentences as ICU's sentence iterator for the root locale finds them (Unicode's default rules, UAX #29),
 * without running the iterator where the text can hold no break. Under those rules a sentence ends only after a
 * full stop or another sentence-closing mark of any script (Sentence_Break ATerm, STerm) or a paragraph separator
 * (Sep, CR, LF): a text with none of them but in a closing run of such marks, closing quotes or brackets and spaces
 * at its end is one sentence. Most lines of a corpus are (headlines, menus, paragraphs of one sentence), and the
 * iterator was most of the cost of counting a corpus's sentences and of taking template sentences out of a body.
 */
final class Sentences {

    private static final ThreadLocal<BreakIterator> ICU =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(ULocale.ROOT));
    /** Sentence-closing marks (ATerm, STerm). */
    private static final CharSet CLOSING = sentenceBreak(UCharacter.SentenceBreak.ATERM,
            UCharacter.SentenceBreak.STERM);
    /** What a sentence may end with after its closing marks: closing quotes and brackets (Close), then spaces (Sp). */
    private static final CharSet CLOSE = sentenceBreak(UCharacter.SentenceBreak.CLOSE);
    private static final CharSet SPACE = sentenceBreak(UCharacter.SentenceBreak.SP);
    /**
     * What may end a sentence anywhere else, or stands for a character that may (a surrogate: the marks of scripts
     * beyond the first 65,536 code points are not told apart here, and the iterator reads such a text).
     */
    private static final CharSet BREAKING = CharSet.where(c -> Character.isSurrogate((char) c)
            || isSentenceBreak(c, UCharacter.SentenceBreak.ATERM, UCharacter.SentenceBreak.STERM,
            UCharacter.SentenceBreak.SEP, UCharacter.SentenceBreak.CR, UCharacter.SentenceBreak.LF));

    private Sentences() {
    }

    /** The text's sentences, each with the spaces after it, so that joined they give the text again. */
    static List<String> of(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        if (isOne(text)) {
            return List.of(text);
        }
        List<String> sentences = new ArrayList<>();
        split(text, 0, (start, end) -> sentences.add(text.substring(start, end)));
        return sentences;
    }

    /** Where a sentence is: {@code [start, end)}. */
    interface Bounds {
        void accept(int start, int end);
    }

    /** Gives the bounds of each of {@link #of}'s sentences of the text {@code chars[from, to)}, in order. */
    static void each(char[] chars, int from, int to, Bounds sentence) {
        if (from == to) {
            return;
        }
        if (isOne(chars, from, to)) {
            sentence.accept(from, to);
        } else {
            split(new String(chars, from, to - from), from, sentence);
        }
    }

    /** The iterator's sentences of {@code text}, whose first character is at {@code offset}. */
    private static void split(String text, int offset, Bounds sentence) {
        BreakIterator it = ICU.get();
        it.setText(text);
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            sentence.accept(offset + start, offset + end);
        }
    }

    /**
     * Whether the text is one sentence by the characters it holds: nothing that ends a sentence but a closing run at
     * its end, closing marks, then closing quotes and brackets, then spaces (rules SB8a to SB10 keep such a run
     * together). Perhaps one sentence otherwise too; the iterator then says.
     */
    static boolean isOne(String text) {
        char[] chars = text.toCharArray();
        return isOne(chars, 0, chars.length);
    }

    /** {@link #isOne(String)} of {@code chars[from, to)}. */
    private static boolean isOne(char[] chars, int from, int to) {
        int end = to;
        while (end > from && SPACE.contains(chars[end - 1])) {
            end--;
        }
        while (end > from && CLOSE.contains(chars[end - 1])) {
            end--;
        }
        while (end > from && CLOSING.contains(chars[end - 1])) {
            end--;
        }
        for (int i = from; i < end; i++) {
            if (BREAKING.contains(chars[i])) {
                return false;
            }
        }
        return true;
    }

    private static CharSet sentenceBreak(int... values) {
        return CharSet.where(c -> !Character.isSurrogate((char) c) && isSentenceBreak(c, values));
    }

    private static boolean isSentenceBreak(int c, int... values) {
        int value = UCharacter.getIntPropertyValue(c, UProperty.SENTENCE_BREAK);
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}

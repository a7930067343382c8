package io.github.briefing.analyse;

import com.ibm.icu.text.Replaceable;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;

/**
 * A text for ICU's transliterators to rewrite, held in a {@link StringBuilder}. {@link Transliterator#transliterate(
 * String)} wraps the text in a {@code ReplaceableString}, whose {@link StringBuffer} takes a lock at every character
 * the rules read (a fifth of a transliteration's time); each transliterator here is its thread's own, so the lock
 * guards nothing. The methods do what {@code ReplaceableString}'s do.
 */
final class BuilderText implements Replaceable {

    private final StringBuilder text;

    private BuilderText(String text) {
        this.text = new StringBuilder(text);
    }

    /** What {@code transliterator.transliterate(text)} gives. */
    static String transliterated(Transliterator transliterator, String text) {
        BuilderText replaceable = new BuilderText(text);
        transliterator.transliterate(replaceable);
        return replaceable.text.toString();
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int offset) {
        return text.charAt(offset);
    }

    @Override
    public int char32At(int offset) {
        return UTF16.charAt(text, offset);
    }

    @Override
    public void getChars(int srcStart, int srcLimit, char[] dst, int dstStart) {
        if (srcStart != srcLimit) {
            text.getChars(srcStart, srcLimit, dst, dstStart);
        }
    }

    @Override
    public void replace(int start, int limit, String replacement) {
        text.replace(start, limit, replacement);
    }

    @Override
    public void replace(int start, int limit, char[] chars, int charsStart, int charsLen) {
        text.delete(start, limit);
        text.insert(start, chars, charsStart, charsLen);
    }

    @Override
    public void copy(int start, int limit, int dest) {
        if (start == limit && start >= 0 && start <= text.length()) {
            return;
        }
        char[] chars = new char[limit - start];
        getChars(start, limit, chars, 0);
        replace(dest, dest, chars, 0, limit - start);
    }

    @Override
    public boolean hasMetaData() {
        return false;
    }
}

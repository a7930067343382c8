package io.github.briefing.clean;

/**
 * The form of a line used to recognise it again: case, quote style, dashes and spacing differ between two scrapes
 * of one text (a body scraped twice with straight and curly apostrophes is still one body).
 */
final class LineKey {

    private static final byte KEEP = 0;
    private static final byte QUOTE = 1;
    private static final byte SPACE = 2;
    private static final byte DASH = 3;
    /**
     * What each character is to a key, looked up once for all: every line of every article is keyed several times
     * (shared lines, repeats on the page, the body), and asking Unicode three questions per character was the
     * cleaner's largest cost.
     */
    private static final byte[] KINDS = kinds();
    /** {@link Character#toLowerCase(char)} of every character, for the same reason. */
    private static final char[] LOWER = lower();

    private LineKey() {
    }

    static String of(String line) {
        char[] chars = line.toCharArray();
        return new String(chars, 0, write(chars, 0, chars.length, chars.length, chars));
    }

    /**
     * The key of the line {@code chars[from, to)} when it has at most {@code max} characters, else null: a key too long
     * to be wanted is not written out (the read stage keys every line of every text, and wants the keys of short lines
     * only). {@code scratch} holds at least as many characters as the line or {@code max}.
     */
    static String of(char[] chars, int from, int to, int max, char[] scratch) {
        int length = write(chars, from, to, max, scratch);
        return length < 0 ? null : new String(scratch, 0, length);
    }

    /**
     * Writes the key of {@code chars[from, to)} into {@code key} from its start and returns its length, or -1 as soon
     * as it would be longer than {@code max}. The line's characters are read from an array: under the JIT's first
     * compiler, which the engine runs with, reading a string one character at a time cost more than the key's own
     * work. Each character gives at most one (a space is written for the spacing before a character that stays), so
     * the key never overtakes the line: {@code key} may be {@code chars} itself when {@code from} is 0.
     */
    static int write(char[] chars, int from, int to, int max, char[] key) {
        int length = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            byte kind = KINDS[c];
            if (kind == QUOTE) {
                continue;
            }
            if (kind == SPACE) {
                space = length > 0;
                continue;
            }
            if (space) {
                if (length == max) {
                    return -1;
                }
                key[length++] = ' ';
                space = false;
            }
            // "--" and an em dash are one dash
            boolean writes = kind == KEEP || length == 0 || key[length - 1] != '-';
            if (writes && length == max) {
                return -1;
            }
            if (kind == KEEP) {
                key[length++] = LOWER[c];
            } else if (writes) {
                key[length++] = '-';
            }
        }
        return length;
    }

    private static char[] lower() {
        char[] lower = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            lower[c] = Character.toLowerCase((char) c);
        }
        return lower;
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = kind((char) c);
        }
        return kinds;
    }

    /** Quotes of any style go, spacing of any kind is one space, dashes of any length are one hyphen. */
    private static byte kind(char c) {
        int type = Character.getType(c);
        if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '`' || c == '\u00B4') {
            return QUOTE;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        return type == Character.DASH_PUNCTUATION ? DASH : KEEP;
    }
}

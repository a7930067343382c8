package io.github.briefing.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A page's text on its way into its file: templates write many short strings, which are copied into a buffer of
 * characters as they come and encoded as UTF-8 a piece at a time, as {@code String.getBytes(UTF_8)} encodes them (a
 * lone half of a surrogate pair as '?'). An encoding stream encoded every string on its own, character by
 * character through a call each (without the JIT's second compiler, a tenth of the render stage); a
 * {@code StringBuilder} went to two bytes a character at the first one past Latin-1, which every page has, and was
 * copied into a string, then into bytes, for each piece: a tenth of the render stage too. Not thread-safe.
 * Its buffers are its thread's, taken back when it is closed: 12 KB for each of a site's 20,000 pages was a twentieth
 * of what the render stage allocates (and zeroes).
 */
final class PageText extends Writer {

    /**
     * Characters gathered before they are encoded and written: a page listing every article is never held whole, and
     * the buffers of the 20,000 pages of a 10,000-article site are garbage to collect.
     */
    static final int PIECE = 1 << 12;
    /** The most bytes one character (or a pair of surrogates) takes. */
    private static final int WIDEST = 4;
    /** Buffers that no page of the thread is using now (a page failed, or being written, has its own). */
    private static final ThreadLocal<Buffers> SPARE = new ThreadLocal<>();
    private final OutputStream out;
    private final Buffers buffers;
    private final char[] chars;
    private final byte[] bytes;
    private int size;

    private record Buffers(char[] chars, byte[] bytes) {
    }

    PageText(OutputStream out) {
        this.out = out;
        Buffers spare = SPARE.get();
        SPARE.remove();
        this.buffers = spare != null ? spare : new Buffers(new char[PIECE], new byte[PIECE]);
        this.chars = buffers.chars();
        this.bytes = buffers.bytes();
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int end = off + len; off < end; ) {
            int n = Math.min(end - off, PIECE - size);
            s.getChars(off, off + n, chars, size);
            size += n;
            off += n;
            if (size == PIECE) {
                encode(false);
            }
        }
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
        for (int end = off + len; off < end; ) {
            int n = Math.min(end - off, PIECE - size);
            System.arraycopy(text, off, chars, size, n);
            size += n;
            off += n;
            if (size == PIECE) {
                encode(false);
            }
        }
    }

    @Override
    public void write(int c) throws IOException {
        chars[size++] = (char) c;
        if (size == PIECE) {
            encode(false);
        }
    }

    /**
     * Encodes and writes the characters gathered; unless {@code all}, a first half of a surrogate pair at the end
     * waits for its second half.
     */
    private void encode(boolean all) throws IOException {
        int end = !all && size > 0 && Character.isHighSurrogate(chars[size - 1]) ? size - 1 : size;
        int n = 0;
        for (int i = 0; i < end; i++) {
            if (n > bytes.length - WIDEST) {
                out.write(bytes, 0, n);
                n = 0;
            }
            char c = chars[i];
            if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else if (c < 0x800) {
                bytes[n++] = (byte) (0xc0 | c >> 6);
                bytes[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    bytes[n++] = (byte) (0xf0 | cp >> 18);
                    bytes[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
                    bytes[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
                    bytes[n++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    bytes[n++] = '?';
                }
            } else {
                bytes[n++] = (byte) (0xe0 | c >> 12);
                bytes[n++] = (byte) (0x80 | c >> 6 & 0x3f);
                bytes[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
        out.write(bytes, 0, n);
        size -= end;
        if (size > 0) {
            chars[0] = chars[end];
        }
    }

    /** Writes out what is gathered; a lone first half of a surrogate pair at the end is written as encoders do. */
    @Override
    public void flush() throws IOException {
        encode(true);
        out.flush();
    }

    /** Writes out what is gathered, and leaves the buffers to the thread's next page: this one writes no more. */
    @Override
    public void close() throws IOException {
        flush();
        SPARE.set(buffers);
    }
}

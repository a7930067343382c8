package io.github.briefing.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A page's text on its way into its file: templates write many short strings, which are gathered as they come and
 * encoded a piece at a time. A text buffer over an encoding stream copied and encoded every string character by
 * character (without the JIT's second compiler, a tenth of the render stage); gathered in a builder, plain text
 * stays one byte a character and is copied whole. Not thread-safe.
 */
final class PageText extends Writer {

    /** Written out past this many characters, so that a page listing every article is never held whole. */
    private static final int PIECE = 1 << 15;
    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(PIECE + 1024);

    PageText(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String s) throws IOException {
        text.append(s);
        written();
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        text.append(s, off, off + len);
        written();
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        text.append(chars, off, len);
        written();
    }

    @Override
    public void write(int c) throws IOException {
        text.append((char) c);
        written();
    }

    private void written() throws IOException {
        if (text.length() >= PIECE) {
            // a surrogate pair is encoded whole: its first half waits for the second
            int end = Character.isHighSurrogate(text.charAt(text.length() - 1)) ? text.length() - 1 : text.length();
            out.write(text.substring(0, end).getBytes(StandardCharsets.UTF_8));
            text.delete(0, end);
        }
    }

    /** Writes out what is gathered; a lone first half of a surrogate pair at the end is written as encoders do. */
    @Override
    public void flush() throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}

package io.github.briefing.render;

import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A template's output with holes where its values go. Thymeleaf interprets a template's events again for every page;
 * pages of one shape (the same nulls, empty values and lengths of lists, which decide what a template writes) differ
 * only in the values written. So a shape is rendered once, from a model whose values are marks ({@link Marks}), and
 * each page of that shape is its text with the values put back: escaped where Thymeleaf escaped the mark
 * ({@code th:text}, attributes), as they are where it did not ({@code th:utext}).
 */
final class Shape {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /**
     * What follows a mark's number: characters that Thymeleaf's escaping changes, so that a hole shows whether it was
     * escaped, and how (the letters of Unicode's private use area around it are left as they are).
     */
    private static final String PROBE = "<>&\"'\u00e9";
    private static final String ESCAPED = escape(PROBE);
    /** The text around the holes: one more than the holes. */
    private final String[] texts;
    private final int[] holes;
    private final boolean[] escaped;
    /** The length of the text around the holes. */
    private final int fixed;

    private Shape(String[] texts, int[] holes, boolean[] escaped) {
        this.texts = texts;
        this.holes = holes;
        this.escaped = escaped;
        this.fixed = Arrays.stream(texts).mapToInt(String::length).sum();
    }

    /** As Thymeleaf escapes a value it writes as text or in an attribute (HTML mode). */
    static String escape(String value) {
        return HtmlEscape.escapeHtml4Xml(value);
    }

    /**
     * The shape of a text rendered from marks, or null when a mark is not found whole (a template that writes part of
     * a value, or escapes it otherwise).
     */
    static Shape of(String marked) {
        List<String> texts = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        List<Boolean> escaped = new ArrayList<>();
        int from = 0;
        int open;
        while ((open = marked.indexOf(OPEN, from)) >= 0) {
            int digits = open + 1;
            while (digits < marked.length() && Character.isDigit(marked.charAt(digits))) {
                digits++;
            }
            boolean plain = marked.startsWith(PROBE + CLOSE, digits);
            if (digits == open + 1 || !plain && !marked.startsWith(ESCAPED + CLOSE, digits)) {
                return null;
            }
            texts.add(marked.substring(from, open));
            holes.add(Integer.parseInt(marked.substring(open + 1, digits)));
            escaped.add(!plain);
            from = digits + (plain ? PROBE : ESCAPED).length() + 1;
        }
        if (marked.indexOf(CLOSE, from) >= 0) {
            return null;
        }
        texts.add(marked.substring(from));
        boolean[] escapes = new boolean[escaped.size()];
        for (int i = 0; i < escapes.length; i++) {
            escapes[i] = escaped.get(i);
        }
        return new Shape(texts.toArray(String[]::new), holes.stream().mapToInt(Integer::intValue).toArray(), escapes);
    }

    /** Writes the shape with {@code values} (by the marks' numbers) in its holes. */
    void write(List<String> values, Writer out) {
        try {
            put(values, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shape as text, with {@code values} in its holes: built at its length (unless escaping lengthens a value),
     * not grown from a writer's few characters; match lines and list items are filled by the hundred thousand.
     */
    String fill(List<String> values) {
        int length = fixed;
        for (int hole : holes) {
            length += values.get(hole).length();
        }
        StringBuilder text = new StringBuilder(length);
        try {
            put(values, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder throws none
        }
        return text.toString();
    }

    private void put(List<String> values, Appendable out) throws IOException {
        for (int i = 0; i < holes.length; i++) {
            out.append(texts[i]);
            String value = values.get(holes[i]);
            out.append(escaped[i] ? escape(value) : value);
        }
        out.append(texts[holes.length]);
    }

    /**
     * Shapes by what decides them ({@code K}, which holds {@link Marks#kinds()}), each rendered from marks when first
     * met. Only the theme's templates are drawn by shape, and they write every value whole (tests hold each theme
     * template so drawn equal to Thymeleaf's render of it), so a mark not found whole is the theme's error.
     */
    static final class Kept<K> {

        /** Shapes kept: far more than a site has; past it a new shape is rendered each time it is met. */
        private static final int KEPT = 1 << 12;
        private final Map<K, Shape> shapes = new ConcurrentHashMap<>();

        /** The shape of {@code key}, from the text {@code marked} renders when it is first met. */
        Shape of(K key, Supplier<String> marked) {
            Shape shape = shapes.get(key);
            if (shape == null) {
                String text = marked.get();
                shape = Shape.of(text);
                if (shape == null) {
                    throw new IllegalStateException("a theme template wrote a value other than whole: " + text);
                }
                if (shapes.size() < KEPT) {
                    shapes.put(key, shape);
                }
            }
            return shape;
        }

        /** How many shapes were met (each rendered once). */
        int size() {
            return shapes.size();
        }
    }

    /**
     * The values of one page as its model is built, each replaced by a mark in the model the shape is rendered from,
     * and what of them decides the shape: whether each is null or empty (a null or empty attribute is left out, a
     * null tested), which stay as they are.
     */
    static final class Marks {

        /**
         * The marks of a model's first values, made once: every page, match line and list item marks its values
         * (an article page some 40), and only a new shape reads the marks.
         */
        private static final String[] MADE = IntStream.range(0, 256).mapToObj(Marks::mark).toArray(String[]::new);
        private final List<String> values = new ArrayList<>();
        private final StringBuilder kinds = new StringBuilder(64);

        /** The mark that stands for {@code value} in the model, or the value itself when null or empty. */
        String of(String value) {
            int number = values.size();
            values.add(value);
            kinds.append(value == null ? '0' : value.isEmpty() ? '1' : '2');
            return value == null || value.isEmpty() ? value : number < MADE.length ? MADE[number] : mark(number);
        }

        private static String mark(int number) {
            return OPEN + Integer.toString(number) + PROBE + CLOSE;
        }

        /** The values, by their marks' numbers. */
        List<String> values() {
            return values;
        }

        /** Which values were null, empty or neither, in order: part of a page's shape. */
        String kinds() {
            return kinds.toString();
        }
    }
}

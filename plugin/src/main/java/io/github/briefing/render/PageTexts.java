package io.github.briefing.render;

import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a page's template asks for pieces rendered apart as text ({@code articleItems.of(a)}, {@code dates.of(a)}): a
 * record, so that expressions call it without OGNL. The page's model holds it, so it is equal, hashed and printed by
 * identity, not by walking that model back to itself.
 *
 * @param texts a piece's text as shown on a page, from the piece and the page's whole model
 */
record PageTexts<T>(BiFunction<T, Map<String, Object>, String> texts, Map<String, Object> page) {

    /** The text of {@code piece} as this page shows it. */
    public String of(T piece) {
        return texts.apply(piece, page);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageTexts<?> p && p.texts == texts && p.page == page;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(page);
    }

    @Override
    public String toString() {
        return "the texts of a page";
    }
}

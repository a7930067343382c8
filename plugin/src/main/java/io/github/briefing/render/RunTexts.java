package io.github.briefing.render;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A paragraph of marked runs as text, which a page inserts as it is: a side-by-side page's ({@code spans.of(p)}, the
 * fragment {@code spans} of the template {@code compare}) and a copy's changed paragraph on its text's page
 * ({@code runs.of(p)}, {@code copies :: runs}). A paragraph is some twenty runs of plain and marked words, and
 * Thymeleaf interpreted a loop, two tests and a text for each. The theme's fragment writes each run alone, by one of a
 * few {@link Shape}s (marked or not), so a paragraph is its runs' shapes with their words, one after another. A
 * template of the user's that asks for the paragraph has its fragment rendered for every paragraph, from the page's
 * whole model.
 *
 * @param <R> a run of words
 */
final class RunTexts<R> {

    private final Templates templates;
    private final String template;
    private final String fragment;
    private final BiFunction<R, Shape.Marks, R> marked;
    private final boolean own;
    private final Shape.Kept<String> shapes = new Shape.Kept<>();
    /** One function for all pages: a page's texts are equal to another's of the same page only. */
    private final BiFunction<List<R>, Map<String, Object>, String> texts = this::text;

    /** @param marked a run with a mark for each of its values */
    private RunTexts(Templates templates, String template, String fragment, BiFunction<R, Shape.Marks, R> marked) {
        this.templates = templates;
        this.template = template;
        this.fragment = fragment;
        this.marked = marked;
        this.own = templates.own(template);
    }

    /** A side-by-side page's paragraphs, shared anchors marked. */
    static RunTexts<Span> spans(Templates templates) {
        return new RunTexts<>(templates, "compare", "spans",
                (s, marks) -> new Span(marks.of(s.text()), marks.of(s.anchor())));
    }

    /** A copy's paragraphs where it differs from the first, the words only one of them has marked. */
    static RunTexts<TextRun> changes(Templates templates) {
        return new RunTexts<>(templates, "copies", "runs",
                (r, marks) -> new TextRun(marks.of(r.text()), marks.of(r.only())));
    }

    /** The paragraphs as one page shows them; {@code page} is the page's whole model. */
    PageTexts<List<R>> on(Map<String, Object> page) {
        return new PageTexts<>(texts, page);
    }

    private String text(List<R> paragraph, Map<String, Object> page) {
        if (own) {
            return templates.fragment(template, fragment, page, "p", paragraph);
        }
        StringWriter text = new StringWriter();
        for (R run : paragraph) {
            Shape.Marks marks = new Shape.Marks();
            List<R> one = List.of(marked.apply(run, marks));
            shapes.of(marks.kinds(), () -> templates.fragment(template, fragment, Map.of("p", one)))
                    .write(marks.values(), text);
        }
        return text.toString();
    }
}

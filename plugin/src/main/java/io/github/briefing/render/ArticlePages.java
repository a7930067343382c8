package io.github.briefing.render;

import io.github.briefing.group.Story;
import org.thymeleaf.context.ILazyContextVariable;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme's article pages ({@code article.html} in {@code layout.html}) by their {@link Shape}: Thymeleaf's work for
 * each of them (some 40 attributes, its lists) was the largest part of the templates' in a build, and pages fall into
 * far fewer shapes than there are pages. A page's shape is what decides which elements the two templates write:
 * its root, which values are null or empty, the lengths of its lists, whether the headline is derived, how many
 * articles carry its text. Where the user has an {@code article.html} or a {@code layout.html} of their own, every
 * page is rendered by Thymeleaf from its whole model, as before.
 */
final class ArticlePages {

    static final String LAYOUT = "layout";
    private final Templates templates;
    private final boolean own;
    private final Shape.Kept<Key> shapes = new Shape.Kept<>();

    /** All that decides an article page's shape besides which of its values are null or empty ({@code kinds}). */
    private record Key(String root, boolean titleDerived, int copies, boolean story, int captions, int wires,
                       int matches, int lines, int alternates, String kinds) {
    }

    ArticlePages(Templates templates) {
        this.templates = templates;
        this.own = templates.own(ArticlePrints.TEMPLATE) || templates.own(LAYOUT);
    }

    /** Whether pages are written by shape: false when the user's templates render them. */
    boolean shaped() {
        return !own;
    }

    /** How many shapes were met (each rendered by Thymeleaf once). */
    int shapes() {
        return shapes.size();
    }

    /** Writes an article page from its whole model (as {@code article.html} is given it). */
    void write(Map<String, Object> page, Writer out) {
        Shape.Marks marks = new Shape.Marks();
        ArticleView article = (ArticleView) page.get("article");
        Map<String, Object> marked = marked(page, article, marks);
        Key key = new Key((String) page.get("root"), article.ref().titleDerived(),
                article.copies() == null ? -1 : article.copies().articles(), article.story() != null,
                article.captions().size(), article.wires().size(), article.matches().size(),
                ((List<?>) page.get("matchLines")).size(), ((List<?>) page.get("alternates")).size(), marks.kinds());
        shapes.of(key, () -> {
            StringWriter text = new StringWriter();
            templates.render(ArticlePrints.TEMPLATE, marked, text);
            return text.toString();
        }).write(marks.values(), out);
    }

    /** The page's model with a mark for each value the two templates write, and what decides its shape as it is. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> marked(Map<String, Object> page, ArticleView a, Shape.Marks marks) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", page.get("site"));
        model.put("pages", page.get("pages"));
        model.put("root", page.get("root"));
        model.put("masthead", marks.of((String) page.get("masthead")));
        model.put("colophon", marks.of((String) page.get("colophon")));
        ArticleRef ref = a.ref();
        ArticleRef markedRef = new ArticleRef(null, marks.of(ref.url()), marks.of(ref.title()), ref.titleDerived(),
                marks.of(ref.lang()), marks.of(ref.date()), false, marks.of(ref.outlet()));
        String dates = marks.of(((PageTexts<ArticleRef>) page.get("dates")).of(ref));
        model.put("dates", new PageTexts<ArticleRef>((shown, onPage) -> dates, model));
        Story story = a.story() == null ? null
                : new Story("", marks.of(a.story().title()), null, null, List.of(), List.of());
        CopiesRef copies = a.copies() == null ? null : new CopiesRef(marks.of(a.copies().url()), a.copies().articles());
        model.put("article", new ArticleView(markedRef, marks.of(a.dateSource()), marks.of(a.dateline()),
                marks.of(a.outletBasis()), marks.of(a.outletUrl()), a.wires().stream().map(marks::of).toList(),
                marks.of(a.author()), marks.of(a.sourceUrl()), List.of(), a.captions().stream().map(marks::of).toList(),
                story, marks.of(a.storyUrl()), copies, Collections.nCopies(a.matches().size(), null)));
        model.put("articleBody", marks.of(((ILazyContextVariable<String>) page.get("articleBody")).getValue()));
        model.put("matchLines", ((List<String>) page.get("matchLines")).stream().map(marks::of).toList());
        model.put("alternates", ((List<ArticleRef>) page.get("alternates")).stream()
                .map(alt -> new ArticleRef(null, marks.of(alt.url()), null, false, marks.of(alt.lang()), null, false,
                        null)).toList());
        return model;
    }
}

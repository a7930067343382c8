package io.github.briefing.render;

import io.github.briefing.describe.TextMemo;
import org.thymeleaf.context.LazyContextVariable;

import java.util.List;
import java.util.Map;

/**
 * An article's text as its page shows it, the fragment {@code articleBody} of the template {@code article} rendered
 * to text, which the page inserts as it is ({@code articleBody}). Wire copies carry one text: of the bench's 10,000
 * article pages, 4,507 bodies differ. So the theme's fragment is drawn from the paragraphs alone (all it reads), by
 * its {@link Shape}, and its text kept for the bodies met lately (pages of copies are rendered one after another). An
 * {@code article.html} of the user's is rendered from the page's whole model, and only if it asks for
 * {@code articleBody}: one written before the theme had that fragment never does.
 */
final class ArticleBodies {

    static final String TEMPLATE = "article";
    static final String FRAGMENT = "articleBody";
    /** Bodies kept: each a few KB, and a copy's page is rendered within a few pages of its group's others. */
    private static final int KEPT = 1 << 10;
    private final Templates templates;
    private final boolean own;
    private final TextMemo<List<String>, String> kept = new TextMemo<>(KEPT);
    private final Shape.Kept<String> shapes = new Shape.Kept<>();

    ArticleBodies(Templates templates) {
        this.templates = templates;
        this.own = templates.own(TEMPLATE);
    }

    /**
     * The body of an article page, rendered when its template first asks; {@code page} is the page's whole model,
     * which the page's template is rendered from.
     */
    Object of(ArticleView article, Map<String, Object> page) {
        return new LazyContextVariable<String>() {
            @Override
            protected String loadValue() {
                if (own) {
                    return templates.fragment(TEMPLATE, FRAGMENT, page, "paragraphs", article.paragraphs());
                }
                return kept.get(article.paragraphs(), ArticleBodies.this::body);
            }
        };
    }

    /** The theme's body of these paragraphs: its {@link Shape} (how many, which are empty) with them. */
    private String body(List<String> paragraphs) {
        Shape.Marks marks = new Shape.Marks();
        List<String> marked = paragraphs.stream().map(marks::of).toList();
        return shapes.of(marks.kinds(), () -> templates.fragment(TEMPLATE, FRAGMENT, Map.of("paragraphs", marked)))
                .fill(marks.values());
    }
}

package io.github.briefing.render;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates as pages show them, the fragment {@code date} of the template {@code fragments} rendered to text, which a page
 * inserts as it is ({@code dates.of(a)}): an article page shows its date twice, each an inserted fragment. The
 * theme's fragment reads no more than the date and whether it is inferred, of which a site has a few thousand
 * pairs, so it is rendered once for each. A {@code fragments.html} of the user's is rendered for every date of every
 * page, from the page's whole model.
 */
final class ArticleDates {

    static final String TEMPLATE = "fragments";
    static final String FRAGMENT = "date";
    private final Templates templates;
    private final boolean own;
    /** One function for all pages: a page's texts are equal to another's of the same page only. */
    private final BiFunction<ArticleRef, Map<String, Object>, String> texts = this::date;
    private final Map<Shown, String> kept = new ConcurrentHashMap<>();

    /** All that the theme's fragment reads of an article. */
    private record Shown(String date, boolean inferred) {

        Map<String, Object> model() {
            return Map.of("a", new ArticleRef("", null, null, false, null, date, inferred, null));
        }
    }

    ArticleDates(Templates templates) {
        this.templates = templates;
        this.own = templates.own(TEMPLATE);
    }

    /** The dates as one page shows them; {@code page} is the page's whole model. */
    PageTexts<ArticleRef> on(Map<String, Object> page) {
        return new PageTexts<>(texts, page);
    }

    private String date(ArticleRef a, Map<String, Object> page) {
        if (own) {
            return templates.fragment(TEMPLATE, FRAGMENT, page, "a", a);
        }
        Shown shown = new Shown(a.date(), a.dateInferred());
        String text = kept.get(shown);
        return text != null ? text : kept.computeIfAbsent(shown, s -> templates.fragment(TEMPLATE, FRAGMENT, s.model()));
    }
}

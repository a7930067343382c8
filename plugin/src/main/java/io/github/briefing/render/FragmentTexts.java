package io.github.briefing.render;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fragment of the template {@code fragments} rendered to text, which a page inserts as it is ({@code dates.of(a)}):
 * Thymeleaf interprets an inserted fragment again at every insertion. The theme's fragment reads little of what it is
 * given ({@code K}: a date and whether it is inferred, a group of copies and the page's root), of which a site has a
 * few thousand, so it is rendered once for each and kept. A {@code fragments.html} of the user's is rendered for every
 * insertion, from the page's whole model and the piece.
 *
 * @param <T> what a page's template passes
 * @param <K> all that the theme's fragment reads of it and of the page
 */
final class FragmentTexts<T, K> {

    static final String TEMPLATE = "fragments";
    static final String DATE = "date";
    static final String OTHER_COPIES = "otherCopies";
    private final Templates templates;
    private final String fragment;
    private final String variable;
    private final BiFunction<T, Map<String, Object>, K> shown;
    private final Function<K, Map<String, Object>> model;
    private final boolean own;
    /** One function for all pages: a page's texts are equal to another's of the same page only. */
    private final BiFunction<T, Map<String, Object>, String> texts = this::text;
    private final Map<K, String> kept = new ConcurrentHashMap<>();

    /**
     * @param fragment the fragment's name, and {@code variable} the name of its one parameter
     * @param shown    what the theme's fragment reads of a piece on a page (its whole model)
     * @param model    the model the theme's fragment is rendered from, for what it reads
     */
    private FragmentTexts(Templates templates, String fragment, String variable,
                          BiFunction<T, Map<String, Object>, K> shown, Function<K, Map<String, Object>> model) {
        this.templates = templates;
        this.fragment = fragment;
        this.variable = variable;
        this.shown = shown;
        this.model = model;
        this.own = templates.own(TEMPLATE);
    }

    /**
     * Dates as pages show them ({@code dates.of(a)}): an article page shows its date twice. The theme's fragment
     * {@code date} reads no more than the date and whether it is inferred.
     */
    static FragmentTexts<ArticleRef, DateShown> dates(Templates templates) {
        return new FragmentTexts<>(templates, DATE, "a", (a, page) -> new DateShown(a.date(), a.dateInferred()),
                DateShown::model);
    }

    /** All that the theme's {@code date} reads of an article. */
    record DateShown(String date, boolean inferred) {

        Map<String, Object> model() {
            return Map.of("a", new ArticleRef("", null, null, false, null, date, inferred, null));
        }
    }

    /**
     * What follows an article's link in a list of matches ({@code copiesLinks.of(m.aCopies)}): the story pages and
     * the match lists show it twice for each match, most of them for no copies at all. The theme's fragment
     * {@code otherCopies} reads no more than the group of copies (or none) and the page's root.
     */
    static FragmentTexts<CopiesRef, CopiesShown> copiesLinks(Templates templates) {
        return new FragmentTexts<>(templates, OTHER_COPIES, "c", (c, page) -> new CopiesShown(c, page.get("root")),
                CopiesShown::model);
    }

    /** All that the theme's {@code otherCopies} reads: the copies (null for none) and the root of the page's links. */
    record CopiesShown(CopiesRef copies, Object root) {

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>(); // the copies may be null
            model.put("c", copies);
            model.put("root", root);
            return model;
        }
    }

    /** The texts as one page shows them; {@code page} is the page's whole model. */
    PageTexts<T> on(Map<String, Object> page) {
        return new PageTexts<>(texts, page);
    }

    private String text(T piece, Map<String, Object> page) {
        if (own) {
            return templates.fragment(TEMPLATE, fragment, page, variable, piece);
        }
        K key = shown.apply(piece, page);
        String text = kept.get(key);
        return text != null ? text
                : kept.computeIfAbsent(key, k -> templates.fragment(TEMPLATE, fragment, model.apply(k)));
    }
}

package io.github.briefing.render;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Articles as lists show them (the month, outlet, story and home pages), each the fragment {@code articleItem} of the
 * template {@code fragments} rendered to text, which a page inserts as it is ({@code articleItems.of(a)}). An article
 * is listed on its month's page, its outlet's and its story's: the theme's fragment reads no more than the article's
 * link and {@code root}, so it is rendered once from those (an {@link Item}) and its text kept until the last list
 * that shows it asked for it. A {@code fragments.html} of the user's is rendered for every item of every page, from
 * the page's whole model.
 */
final class ArticleItems {

    static final String TEMPLATE = "fragments";
    static final String FRAGMENT = "articleItem";
    private final Templates templates;
    private final boolean own;
    /** One function for all pages: a page's texts are equal to another's of the same page only. */
    private final BiFunction<ArticleRef, Map<String, Object>, String> texts = this::item;
    private final CountedMemo<Item, String> kept;

    /** All that the theme's fragment reads: the article's link and where the page stands. */
    record Item(ArticleRef a, String root) {

        Map<String, Object> model() {
            return Map.of("a", a, "root", root);
        }
    }

    /** @param listed every item the theme's lists will show, once per list that shows it */
    ArticleItems(Templates templates, Collection<Item> listed) {
        this.templates = templates;
        this.own = templates.own(TEMPLATE);
        this.kept = new CountedMemo<>(own ? List.of() : listed);
    }

    /** The items as one page's lists show them; {@code page} is the page's whole model. */
    PageTexts<ArticleRef> on(Map<String, Object> page) {
        return new PageTexts<>(texts, page);
    }

    private String item(ArticleRef a, Map<String, Object> page) {
        if (own) {
            return templates.fragment(TEMPLATE, FRAGMENT, page, "a", a);
        }
        return kept.get(new Item(a, (String) page.get("root")),
                item -> templates.fragment(TEMPLATE, FRAGMENT, item.model()));
    }
}

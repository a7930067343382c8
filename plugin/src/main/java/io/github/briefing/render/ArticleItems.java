package io.github.briefing.render;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    OnPage on(Map<String, Object> page) {
        return new OnPage(this, page);
    }

    private String item(ArticleRef a, Map<String, Object> page) {
        if (own) {
            Map<String, Object> model = new HashMap<>(page);
            model.put("a", a);
            return templates.fragment(TEMPLATE, FRAGMENT, model);
        }
        return kept.get(new Item(a, (String) page.get("root")),
                item -> templates.fragment(TEMPLATE, FRAGMENT, item.model()));
    }

    /**
     * What a page's template asks for an item's text (a record, so that expressions call it without OGNL). The page's
     * model holds it, so it is equal, hashed and printed by identity, not by walking that model back to itself.
     */
    record OnPage(ArticleItems items, Map<String, Object> page) {

        /** The list item of an article, as text. */
        public String of(ArticleRef a) {
            return items.item(a, page);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OnPage p && p.items == items && p.page == page;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(page);
        }

        @Override
        public String toString() {
            return "the article items of a page";
        }
    }
}

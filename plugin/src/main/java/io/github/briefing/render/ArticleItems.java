package io.github.briefing.render;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Articles as lists show them (the month, outlet, story and home pages), each the fragment {@code articleItem} of the
 * template {@code fragments} rendered to text, which a page inserts as it is ({@code articleItems.of(a)}). An article
 * is listed on its month's page, its outlet's and its story's: the theme's fragment reads no more than the article's
 * link and {@code root}, so it is drawn once from those (an {@link Item}), by its {@link Shape}, and its text kept
 * until the last list that shows it asked for it. A {@code fragments.html} of the user's is rendered for every item of every page, from
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
    private final Shape.Kept<Key> shapes = new Shape.Kept<>();

    /** All that the theme's fragment reads: the article's link and where the page stands. */
    record Item(ArticleRef a, String root) {

        Map<String, Object> model() {
            return Map.of("a", a, "root", root);
        }
    }

    /** All that decides an item's shape besides which of its values are null or empty ({@code kinds}). */
    private record Key(String root, boolean dateInferred, String kinds) {
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
        return kept.get(new Item(a, (String) page.get("root")), this::drawn);
    }

    /** The theme's item, by its {@link Shape}: its root, whether its date is inferred, which values are null. */
    private String drawn(Item item) {
        Shape.Marks marks = new Shape.Marks();
        ArticleRef a = item.a();
        ArticleRef marked = new ArticleRef("item", marks.of(a.url()), marks.of(a.title()), false, marks.of(a.lang()),
                marks.of(a.date()), a.dateInferred(), marks.of(a.outlet()));
        return shapes.of(new Key(item.root(), a.dateInferred(), marks.kinds()),
                () -> templates.fragment(TEMPLATE, FRAGMENT, new Item(marked, item.root()).model()))
                .fill(marks.values());
    }
}

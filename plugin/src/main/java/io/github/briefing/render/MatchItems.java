package io.github.briefing.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A match as a list of matches shows it, as text which the page inserts as it is: the match lists' items
 * ({@code matchItems.of(m)}, the fragment {@code matchItem} of the template {@code fragments}, inside
 * {@code matchList}: the home of the match lists and each language pair's pages, 13,800 items on the bench) and a story
 * page's matches within the story ({@code storyMatches.of(m)}, {@code story :: storyMatch}, 4,900). Each item was a
 * dozen expressions (and the evidence's fragment) for Thymeleaf to interpret; items differ little in what decides their
 * text (the page's root, which values are null or empty), so the theme's fragment is rendered once per {@link Shape}
 * and each item is its shape with the item's values. A template of the user's that asks for the item has its fragment
 * rendered for every item, from the page's whole model.
 */
final class MatchItems {

    /** What the marked item's links to copies stand for: the text the page's links give is its mark. */
    private static final CopiesRef A_COPIES = new CopiesRef("a", 0);
    private static final CopiesRef B_COPIES = new CopiesRef("b", 0);
    private final Templates templates;
    private final String template;
    private final String fragment;
    private final boolean own;
    private final Shape.Kept<Key> shapes = new Shape.Kept<>();
    /** The links to the articles' copies in the theme's items, which an item inserts as text. */
    private final FragmentTexts<CopiesRef, ?> copiesLinks;
    /** One function for all pages: a page's texts are equal to another's of the same page only. */
    private final BiFunction<MatchView, Map<String, Object>, String> texts = this::text;

    /** All that decides an item's shape besides which of its values are null or empty ({@code kinds}). */
    private record Key(Object root, String kinds) {
    }

    private MatchItems(Templates templates, String template, String fragment) {
        this.templates = templates;
        this.template = template;
        this.fragment = fragment;
        this.own = templates.own(template);
        this.copiesLinks = FragmentTexts.copiesLinks(templates);
    }

    /** The match lists' items, with their evidence. */
    static MatchItems lists(Templates templates) {
        return new MatchItems(templates, "fragments", "matchItem");
    }

    /** A story page's matches within the story. */
    static MatchItems stories(Templates templates) {
        return new MatchItems(templates, "story", "storyMatch");
    }

    /** The items as one page shows them; {@code page} is the page's whole model. */
    PageTexts<MatchView> on(Map<String, Object> page) {
        return new PageTexts<>(texts, page);
    }

    private String text(MatchView m, Map<String, Object> page) {
        if (own) {
            return templates.fragment(template, fragment, page, "m", m);
        }
        Object root = page.get("root");
        PageTexts<CopiesRef> links = copiesLinks.on(page);
        Shape.Marks marks = new Shape.Marks();
        String aCopies = marks.of(links.of(m.aCopies()));
        String bCopies = marks.of(links.of(m.bCopies()));
        MatchView marked = new MatchView(marked(m.a(), marks), marked(m.b(), marks), marks.of(m.score()),
                marks.of(m.relation()), false, joined(m.names(), marks), joined(m.places(), marks),
                joined(m.numbers(), marks), joined(m.dates(), marks), marks.of(m.compareUrl()), A_COPIES, B_COPIES);
        Map<String, Object> model = new HashMap<>();
        model.put("m", marked);
        model.put("root", root);
        model.put("copiesLinks", new PageTexts<CopiesRef>((c, p) -> c == A_COPIES ? aCopies : bCopies, model));
        return shapes.of(new Key(root, marks.kinds()), () -> templates.fragment(template, fragment, model))
                .fill(marks.values());
    }

    /** An article as the item shows it: its link, headline and language, each a mark. */
    private static ArticleRef marked(ArticleRef a, Shape.Marks marks) {
        return new ArticleRef(a.id(), marks.of(a.url()), marks.of(a.title()), false, marks.of(a.lang()), null, false,
                null);
    }

    /**
     * A list of evidence as one mark for its values joined as the fragment joins them ({@code ", "}): escaping
     * changes characters, not the separator, so the joined values escaped are the escaped values joined. An empty list
     * stays empty (the fragment leaves it out), and is part of the shape as a null.
     */
    private static List<String> joined(List<String> values, Shape.Marks marks) {
        String mark = marks.of(values == null || values.isEmpty() ? null : String.join(", ", values));
        return mark == null ? List.of() : List.of(mark);
    }
}

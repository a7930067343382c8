package io.github.briefing.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article page's matches as its list shows them, each the fragment {@code articleMatch} of the template
 * {@code fragments} rendered to text, which the page inserts as it is ({@code matchLines}). The bench's 10,000
 * article pages list 138,636 lines, 62,796 of them distinct, and of a handful of {@link Shape}s: the theme's fragment
 * is rendered once per shape (its root, and which of the other article's language, its copies and the side-by-side
 * link there are) and each line is its shape with the line's values. A {@code fragments.html} of the user's is
 * rendered for every line of every page, from the page's whole model.
 */
final class MatchLines {

    static final String TEMPLATE = "fragments";
    static final String FRAGMENT = "articleMatch";
    /** The article a line is shown on, as the theme's fragment is rendered from marks: itself, no more. */
    private static final ArticleRef SELF = new ArticleRef("", null, null, false, null, null, false, null);
    private final Templates templates;
    private final boolean own;
    private final Shape.Kept<Key> shapes = new Shape.Kept<>();
    /** The links to the other article's copies in the theme's lines, which a line inserts as text. */
    private final FragmentTexts<CopiesRef, ?> copiesLinks;

    /** All that decides a line's shape besides which of its values are null or empty ({@code kinds}). */
    private record Key(String root, String kinds) {
    }

    MatchLines(Templates templates) {
        this.templates = templates;
        this.own = templates.own(TEMPLATE);
        this.copiesLinks = FragmentTexts.copiesLinks(templates);
    }

    /** The lines of an article page, in the order of its matches; {@code page} is the page's whole model. */
    List<String> of(ArticleView article, Map<String, Object> page) {
        String self = article.ref().id();
        String root = (String) page.get("root");
        PageTexts<CopiesRef> links = copiesLinks.on(page);
        return article.matches().stream().map(m -> {
            if (own) {
                Map<String, Object> model = new HashMap<>(page);
                model.put("m", m);
                model.put("self", self);
                return templates.fragment(TEMPLATE, FRAGMENT, model);
            }
            Shape.Marks marks = new Shape.Marks();
            Map<String, Object> marked = marked(m, self, root, links, marks);
            return shapes.of(new Key(root, marks.kinds()), () -> templates.fragment(TEMPLATE, FRAGMENT, marked))
                    .fill(marks.values());
        }).toList();
    }

    /**
     * The model the theme's fragment is rendered from, with a mark for each value it writes: a match of
     * {@link #SELF} and the other article (known by no more than its link).
     */
    private static Map<String, Object> marked(MatchView m, String self, String root, PageTexts<CopiesRef> links,
                                              Shape.Marks marks) {
        ArticleRef o = m.other(self);
        ArticleRef other = new ArticleRef("other", marks.of(o.url()), marks.of(o.title()), false, marks.of(o.lang()),
                null, false, null);
        String copies = marks.of(links.of(m.otherCopies(self)));
        Map<String, Object> model = new HashMap<>();
        model.put("m", new MatchView(other, SELF, marks.of(m.score()), marks.of(m.relation()), false, List.of(),
                List.of(), List.of(), List.of(), marks.of(m.compareUrl()), null, null));
        model.put("self", SELF.id());
        model.put("root", root);
        model.put("copiesLinks", new PageTexts<CopiesRef>((c, page) -> copies, model));
        return model;
    }
}

package io.github.briefing.render;

import io.github.briefing.describe.TextMemo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article page's matches as its list shows them, each the fragment {@code articleMatch} of the template
 * {@code fragments} rendered to text, which the page inserts as it is ({@code matchLines}). Copies of a wire story
 * list much the same matches: of the bench's 138,636 lines on article pages, 62,796 differ. So the theme's fragment is
 * rendered from what a line shows alone (the other article and its copies, relation, score, side-by-side link, root),
 * a {@link Line}, and its text kept for the lines met lately (pages of copies are rendered one after another). A
 * {@code fragments.html} of the user's is rendered for every line of every page, from the page's whole model.
 */
final class MatchLines {

    static final String TEMPLATE = "fragments";
    static final String FRAGMENT = "articleMatch";
    /**
     * Lines kept (a few MB of short strings). On the bench, in the order pages are rendered, 8,192 slots would find 42%
     * of the lines kept, these 48%, and keeping every line 55%.
     */
    private static final int KEPT = 1 << 15;
    /** The article a line is shown on, as the theme's fragment is rendered from a {@link Line}: itself, no more. */
    private static final ArticleRef SELF = new ArticleRef("", null, null, false, null, null, false, null);
    private final Templates templates;
    private final boolean own;
    private final TextMemo<Line, String> kept = new TextMemo<>(KEPT);

    /** All that the theme's fragment reads of a match and of the page that lists it. */
    record Line(ArticleRef other, CopiesRef otherCopies, String relation, String score, String compareUrl,
                String root) {

        static Line of(MatchView m, String self, String root) {
            return new Line(m.other(self), m.otherCopies(self), m.relation(), m.score(), m.compareUrl(), root);
        }

        /** The model the theme's fragment is rendered from: a match of {@link #SELF} and the other article. */
        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("m", new MatchView(other, SELF, score, relation, false, List.of(), List.of(), List.of(),
                    List.of(), compareUrl, otherCopies, null));
            model.put("self", SELF.id());
            model.put("root", root);
            return model;
        }
    }

    MatchLines(Templates templates) {
        this.templates = templates;
        this.own = templates.own(TEMPLATE);
    }

    /** The lines of an article page, in the order of its matches; {@code page} is the page's whole model. */
    List<String> of(ArticleView article, Map<String, Object> page) {
        String self = article.ref().id();
        String root = (String) page.get("root");
        return article.matches().stream().map(m -> {
            if (own) {
                Map<String, Object> model = new HashMap<>(page);
                model.put("m", m);
                model.put("self", self);
                return templates.fragment(TEMPLATE, FRAGMENT, model);
            }
            return kept.get(Line.of(m, self, root), line -> templates.fragment(TEMPLATE, FRAGMENT, line.model()));
        }).toList();
    }
}

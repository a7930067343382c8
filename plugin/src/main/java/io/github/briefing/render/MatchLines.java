package io.github.briefing.render;

import io.github.briefing.describe.TextMemo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article page's matches as its list shows them, each the fragment {@code articleMatch} of the template
 * {@code fragments} rendered to text, which the page inserts as it is ({@code matchLines}). Copies of a wire story
 * list much the same matches, at scores that differ by a hair: of the bench's 138,636 lines on article pages, 62,796
 * differ, 15,189 but for their scores. So the theme's fragment is rendered from what a line shows alone (the other
 * article and its copies, relation, side-by-side link, root), a {@link Line}, with a mark where the score goes, and
 * its text around the score kept for the lines met lately (pages of copies are rendered one after another). A
 * {@code fragments.html} of the user's is rendered for every line of every page, from the page's whole model.
 */
final class MatchLines {

    static final String TEMPLATE = "fragments";
    static final String FRAGMENT = "articleMatch";
    /** Lines kept (a few MB of short strings): more than the bench's distinct lines but for their scores. */
    private static final int KEPT = 1 << 15;
    /**
     * What the theme's fragment is given as the score, to find where the score goes: letters of Unicode's private use
     * area, which HTML escaping leaves as they are (as it leaves a score's digits and point).
     */
    static final String SCORE = "\uE000score\uE000";
    /** The article a line is shown on, as the theme's fragment is rendered from a {@link Line}: itself, no more. */
    private static final ArticleRef SELF = new ArticleRef("", null, null, false, null, null, false, null);
    private final Templates templates;
    private final boolean own;
    private final TextMemo<Line, Around> kept = new TextMemo<>(KEPT);
    /** The links to the other article's copies in the theme's lines, which a line inserts as text. */
    private final FragmentTexts<CopiesRef, ?> copiesLinks;

    /** All that the theme's fragment reads of a match and of the page that lists it, but the score. */
    record Line(ArticleRef other, CopiesRef otherCopies, String relation, String compareUrl, String root) {

        static Line of(MatchView m, String self, String root) {
            return new Line(m.other(self), m.otherCopies(self), m.relation(), m.compareUrl(), root);
        }

        /**
         * The model the theme's fragment is rendered from: a match of {@link #SELF} and the other article at
         * {@code score}.
         */
        Map<String, Object> model(String score, FragmentTexts<CopiesRef, ?> copiesLinks) {
            Map<String, Object> model = new HashMap<>();
            model.put("m", new MatchView(other, SELF, score, relation, false, List.of(), List.of(), List.of(),
                    List.of(), compareUrl, otherCopies, null));
            model.put("self", SELF.id());
            model.put("root", root);
            model.put("copiesLinks", copiesLinks.on(model));
            return model;
        }
    }

    /**
     * A line's text before and after its score; both null when the score's mark is not found once in it (a headline
     * that holds the mark), and the line is rendered with its score instead.
     */
    private record Around(String before, String after) {

        static Around of(String marked) {
            int at = marked.indexOf(SCORE);
            if (at < 0 || marked.indexOf(SCORE, at + 1) >= 0) {
                return new Around(null, null);
            }
            return new Around(marked.substring(0, at), marked.substring(at + SCORE.length()));
        }
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
        return article.matches().stream().map(m -> {
            if (own) {
                Map<String, Object> model = new HashMap<>(page);
                model.put("m", m);
                model.put("self", self);
                return templates.fragment(TEMPLATE, FRAGMENT, model);
            }
            Line line = Line.of(m, self, root);
            Around around = kept.get(line, l -> Around.of(render(l, SCORE)));
            return around.before() == null ? render(line, m.score()) : around.before() + m.score() + around.after();
        }).toList();
    }

    private String render(Line line, String score) {
        return templates.fragment(TEMPLATE, FRAGMENT, line.model(score, copiesLinks));
    }
}

package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.match.Match;
import io.github.briefing.memory.LastBuild;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The prints of article pages ({@link ModelFingerprint#page}, which the page cache compares with the last build's),
 * kept from the last build of this process. An article page is known by its article, link, outlet's page, story and
 * copies, and by its matches as the page lists them (strongest first, once per group of copies); ordering,
 * collapsing and printing every article's matches again was a fifth of a rebuild's render, where an edit changes a
 * few articles' pages. A rebuild takes a page's print from the last build when each of those parts is in its model
 * as it was there ({@link ModelFingerprint#part}) and its matches are the last build's with the same prints
 * ({@link MatchPrints#unchanged}, against the build these prints were made in): its model's text is the last one.
 * Held softly, within a share of the heap, and only while the match prints are kept.
 */
final class ArticlePrints {

    /** The prints of the last build of this process that kept them. */
    static final ArticlePrints LAST = new ArticlePrints();
    static final String TEMPLATE = "article";
    static final String ROOT = "../";
    /** The share of the heap the kept prints may take, and about what an article's costs (six short texts). */
    private static final int HEAP_SHARE = 32;
    private static final int ENTRY_BYTES = 640;
    private final LastBuild<Kept> last = new LastBuild<>(HEAP_SHARE);

    /** A build's prints by article id, and the match prints ({@link MatchPrints#kept}) they were made beside. */
    private record Kept(Object matchPrints, Map<String, Page> pages) {
    }

    /** An article page's parts but its matches, as its model's text holds them, and its print. */
    private record Page(List<String> parts, String print) {
    }

    /** One build's article prints: takes the last build's where they are sure to be equal, keeps its own. */
    final class Build {

        private final SiteIndex index;
        private final ModelFingerprint prints;
        private final MatchPrints shown;
        /** The last build's pages, only when this build's match prints were compared with that build's. */
        private final Map<String, Page> before;
        private final Map<String, Page> now = new ConcurrentHashMap<>();

        Build(SiteIndex index, ModelFingerprint prints, MatchPrints shown) {
            this.index = index;
            this.prints = prints;
            this.shown = shown;
            Kept kept = last.get();
            this.before = kept != null && shown.since() != null && kept.matchPrints() == shown.since() ? kept.pages()
                    : Map.of();
        }

        /**
         * The print of the article's page; {@code matches} gives its matches as the page lists them
         * ({@link SiteRenderer#matchesShown}), asked for only when the print is not the last build's.
         */
        String of(Article a, Supplier<List<Match>> matches) {
            String id = a.id();
            List<Object> inputs = Arrays.asList(a, index.ref(id), SiteRenderer.outletUrl(a, index),
                    index.storyOf.get(id), index.copiesOf(id));
            List<String> parts = inputs.stream().map(prints::part).toList();
            Page page = before.get(id);
            if (page == null || !shown.unchanged(id) || !page.parts().equals(parts)) {
                List<Object> model = new ArrayList<>(inputs);
                model.add(shown.of(matches.get()));
                page = new Page(parts, prints.page(TEMPLATE, ROOT, model));
            }
            now.put(id, page);
            return page.print();
        }

        /** Keeps this build's prints for the next build, when its match prints are kept: else forgets them. */
        void done() {
            if (shown.kept() != null) {
                last.keep(new Kept(shown.kept(), now), (long) ENTRY_BYTES * now.size());
            } else {
                last.forget();
            }
        }
    }
}

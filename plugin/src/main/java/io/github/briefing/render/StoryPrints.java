package io.github.briefing.render;

import io.github.briefing.analyse.Anchors;
import io.github.briefing.group.Story;
import io.github.briefing.memory.LastBuild;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The prints of story pages ({@link ModelFingerprint#page}), kept from the last build of this process, as {@link
 * ArticlePrints} keeps article pages'. A story page is known by its link, its figures, its copies, its feed, and by the
 * names and places its articles share and its matches ({@link SiteRenderer.StoryParts}), which are counted and
 * collected from every article of the story: for every story in every build, the largest piece of a rebuild's page
 * work, where an edit reaches a few stories. A rebuild takes a page's print from the last build when its link, figures,
 * copies and feed are in its model as they were there ({@link ModelFingerprint#part}), it has the same articles, each
 * with the same anchors (the same instance: the analyse stage gives an unchanged article's again) and its matches the
 * last build's with the same prints ({@link MatchPrints#unchanged}, against the build these prints were made beside),
 * and names are joined with the same memo: its parts, and so its model's text, are then the last ones. Held softly,
 * within a share of the heap, and only while the match prints are kept.
 */
final class StoryPrints {

    /** The prints of the last build of this process that kept them. */
    static final StoryPrints LAST = new StoryPrints();
    static final String TEMPLATE = "story";
    static final String ROOT = "../";
    /** The share of the heap the kept prints may take, and about what a story's and an article's entry cost. */
    private static final int HEAP_SHARE = 32;
    private static final int STORY_BYTES = 480;
    private static final int ARTICLE_BYTES = 64;
    private final LastBuild<Kept> last = new LastBuild<>(HEAP_SHARE);

    /**
     * A build's prints by story id, the anchors its articles had, the memo names were joined with, and the match
     * prints ({@link MatchPrints#kept}) they were made beside.
     */
    private record Kept(Object matchPrints, Map<List<String>, List<String>> joinedNames, Map<String, Anchors> anchors,
                        Map<String, Page> pages) {
    }

    /** A story page's link, figures, copies and feed as its model's text holds them, its articles, and its print. */
    private record Page(List<String> parts, List<String> articles, String print) {
    }

    /** One build's story prints: takes the last build's where they are sure to be equal, keeps its own. */
    final class Build {

        private final SiteIndex index;
        private final ModelFingerprint prints;
        private final MatchPrints shown;
        private final SearchIndex search;
        /** The last build's, only when this build's match prints were compared with that build's. */
        private final Kept before;
        private final Map<String, Page> now = new ConcurrentHashMap<>();

        Build(SiteIndex index, ModelFingerprint prints, MatchPrints shown, SearchIndex search) {
            this.index = index;
            this.prints = prints;
            this.shown = shown;
            this.search = search;
            Kept kept = last.get();
            this.before = kept != null && shown.since() != null && kept.matchPrints() == shown.since()
                    && kept.joinedNames() == search.joinedNames() ? kept : null;
        }

        /**
         * The print of the story's page; {@code parts} gives what it shows of its articles, asked for only when the
         * print is not the last build's.
         */
        String of(Story story, StoryRef ref, List<FigureReading> figures, Map<String, CopiesRef> copies, String feed,
                  Supplier<SiteRenderer.StoryParts> parts) {
            List<String> texts = List.of(prints.part(ref), prints.part(figures), prints.part(copies), feed);
            Page page = before == null ? null : before.pages().get(story.id());
            if (page == null || !page.parts().equals(texts) || !page.articles().equals(story.articles())
                    || !unchanged(story)) {
                SiteRenderer.StoryParts p = parts.get();
                page = new Page(texts, story.articles(), prints.page(TEMPLATE, ROOT, Arrays.asList(ref, figures,
                        copies, p.names(), p.places(), shown.of(p.matches()), feed)));
            }
            now.put(story.id(), page);
            return page.print();
        }

        /** Whether every article of the story has the anchors and the matches it had in the last build. */
        private boolean unchanged(Story story) {
            Map<String, Anchors> anchors = index.briefing.anchors();
            for (String id : story.articles()) {
                if (!shown.unchanged(id) || anchors.get(id) != before.anchors().get(id)) {
                    return false;
                }
            }
            return true;
        }

        /** Keeps this build's prints for the next build, when its match prints are kept: else forgets them. */
        void done() {
            if (shown.kept() != null) {
                long bytes = (long) STORY_BYTES * now.size() + (long) ARTICLE_BYTES * index.briefing.anchors().size();
                last.keep(new Kept(shown.kept(), search.joinedNames(), index.briefing.anchors(), now), bytes);
            } else {
                last.forget();
            }
        }
    }
}

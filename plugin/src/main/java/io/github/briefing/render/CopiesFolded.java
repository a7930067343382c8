package io.github.briefing.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A list of articles as a reader wants it: a text that several articles carry (a wire story run by many outlets)
 * once, by the first of its copies in the list, so that one story does not fill the list line after line.
 *
 * @param articles the articles shown, in the list's order
 * @param copies   by the id of an article shown, the group of copies it stands for (absent: it has none)
 */
public record CopiesFolded(List<ArticleRef> articles, Map<String, CopiesRef> copies) {

    /** The articles of {@code inOrder} that are not copies of an article before them. */
    static CopiesFolded of(List<ArticleRef> inOrder, SiteIndex index) {
        return of(inOrder.stream(), Long.MAX_VALUE, index);
    }

    /** The first {@code limit} articles of {@code inOrder} that are not copies of an article before them. */
    static CopiesFolded of(Stream<ArticleRef> inOrder, long limit, SiteIndex index) {
        Set<CopiesRef> shown = new HashSet<>();
        Map<String, CopiesRef> copies = new HashMap<>();
        // Sequential, so that the copies kept are those of the articles the limit lets through.
        List<ArticleRef> articles = inOrder.sequential().filter(a -> {
            CopiesRef group = index.copiesOf(a.id());
            if (group == null) {
                return true;
            }
            if (!shown.add(group)) {
                return false;
            }
            copies.put(a.id(), group);
            return true;
        }).limit(limit).toList();
        return new CopiesFolded(articles, copies);
    }
}

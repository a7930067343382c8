package io.github.briefing.render;

import java.util.ArrayList;
import java.util.List;

/**
 * How a language pair's own list of matches is cut into pages: the strongest {@value #LISTED} at most (every match,
 * with its evidence, is in briefing.json), {@value #PER_PAGE} a page. A page is a length a reader scrolls and a
 * browser loads at once; and an edit that changes a few matches renders again only the pages that list them.
 *
 * @param url    the first page's path; the others add their number ("matches/en-id-2.html")
 * @param total  how many matches the pair has
 */
public record PairPages(String url, int total) {

    static final int LISTED = 2000;
    static final int PER_PAGE = 200;

    /** How many matches the pages list. */
    public int listed() {
        return Math.min(total, LISTED);
    }

    /** The pages, each with the ranks of its matches (from 0, the end excluded). */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        int count = Math.max(1, (listed() + PER_PAGE - 1) / PER_PAGE);
        for (int number = 1; number <= count; number++) {
            pages.add(new Page(number, count, url(number), number > 1 ? url(number - 1) : null,
                    number < count ? url(number + 1) : null, (number - 1) * PER_PAGE,
                    Math.min(listed(), number * PER_PAGE)));
        }
        return pages;
    }

    private String url(int number) {
        return number == 1 ? url : url.replaceFirst("\\.html$", "-" + number + ".html");
    }

    /**
     * One page of the list.
     *
     * @param from the rank of its first match, from 0
     * @param to   the rank after its last
     */
    public record Page(int number, int count, String url, String previous, String next, int from, int to) {
    }
}

package io.github.briefing.render;

import java.util.ArrayList;
import java.util.List;

/**
 * How a long list is cut into pages: a language pair's matches (the strongest {@value #MATCHES_LISTED} at most, as
 * every match, with its evidence, is in briefing.json) or an outlet's articles (all of them). A page is a length a
 * reader scrolls and a browser loads at once; and an edit that changes a few items renders again only the pages
 * that list them.
 *
 * @param url     the first page's path; the others add their number ("matches/en-id-2.html")
 * @param total   how many items the list has
 * @param limit   how many of them the pages list at most
 * @param perPage how many items a page lists
 */
public record ListPages(String url, int total, int limit, int perPage) {

    static final int MATCHES_LISTED = 2000;
    static final int MATCHES_PER_PAGE = 200;
    /** An article takes a line or two where a match takes a paragraph of evidence. */
    static final int ARTICLES_PER_PAGE = 500;

    /** A language pair's own list of matches, strongest first. */
    static ListPages ofMatches(String url, int total) {
        return new ListPages(url, total, MATCHES_LISTED, MATCHES_PER_PAGE);
    }

    /** An outlet's articles, in time order. */
    static ListPages ofArticles(String url, int total) {
        return new ListPages(url, total, Integer.MAX_VALUE, ARTICLES_PER_PAGE);
    }

    /** How many items the pages list. */
    public int listed() {
        return Math.min(total, limit);
    }

    /** The pages, each with the ranks of its items (from 0, the end excluded); one page, if empty, for an empty list. */
    List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        int count = Math.max(1, (listed() + perPage - 1) / perPage);
        for (int number = 1; number <= count; number++) {
            pages.add(new Page(number, count, url(number), number > 1 ? url(number - 1) : null,
                    number < count ? url(number + 1) : null, (number - 1) * perPage,
                    Math.min(listed(), number * perPage), listed()));
        }
        return pages;
    }

    private String url(int number) {
        return number == 1 ? url : url.replaceFirst("\\.html$", "-" + number + ".html");
    }

    /**
     * One page of the list.
     *
     * @param from the rank of its first item, from 0
     * @param to   the rank after its last
     * @param total how many items all the pages list
     */
    public record Page(int number, int count, String url, String previous, String next, int from, int to,
                       int total) {
    }
}

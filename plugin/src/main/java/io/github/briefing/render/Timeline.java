package io.github.briefing.render;

import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Story;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What happened when: every article by day, in a page per month, and an overview of the months with the stories
 * told in each. One page of every article grew with the corpus (3.6 MB at 10,000 articles) past what a browser
 * shows well, and was written again whenever any article moved; a month's page changes only with its articles.
 *
 * @param months the overview, oldest month first, undated articles last
 * @param pages  a page per month, in the same order
 */
record Timeline(List<MonthSummary> months, List<TimelinePage> pages) {

    /** The key, and page name, of the articles whose day is not known. */
    static final String UNDATED = "undated";

    /** A month of the timeline as links name it. */
    public record Month(String key, String label, String url) {
    }

    /**
     * A month as the overview lists it.
     *
     * @param articles     how many articles it holds
     * @param stories      the stories with most articles in it, at most {@value #STORIES_SHOWN}, most first (then in
     *                     the order they first appear that month)
     * @param otherStories how many other stories have articles in it (the month's page lists them)
     * @param alone        how many of its articles are in no story
     */
    public record MonthSummary(Month month, int articles, List<MonthStory> stories, int otherStories, int alone) {
    }

    /** The overview is read at a glance: a month lists its leading stories, its page all of them. */
    static final int STORIES_SHOWN = 12;

    /** A story as a month lists it, with how many of its articles fall in that month. */
    public record MonthStory(StoryRef story, int articles) {
    }

    /**
     * A page of a month: its articles day by day, and the months before and after it (null at either end). A month
     * of more than {@value ListPages#ARTICLES_PER_PAGE} articles (articles with no date are one "month") takes
     * several pages, in order.
     *
     * @param part which page of the month it is
     * @param days each day's articles, by story ({@link TimelineEntry}), in day order
     */
    public record TimelinePage(Month month, ListPages.Page part, Map<String, List<TimelineEntry>> days,
                               Month previous, Month next) {
    }

    /**
     * Months and days in order, undated last; within a day, each story's articles of that day, stories in the order
     * the briefing lists them, then the articles no other article tells the story of.
     */
    static Timeline of(Briefing briefing, SiteIndex index, Map<String, StoryRef> storyRefs) {
        Map<String, Map<String, Map<String, List<ArticleRef>>>> months = new TreeMap<>();
        for (Story story : briefing.stories()) {
            if (story.articles().size() > 1) {
                for (String id : story.articles()) {
                    ArticleRef a = index.ref(id);
                    if (a != null) {
                        dayOf(months, a).computeIfAbsent(story.id(), k -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        for (Article article : briefing.articles()) {
            Story story = index.storyOf.get(article.id());
            if (story == null || story.articles().size() <= 1) {
                ArticleRef a = index.ref(article.id());
                dayOf(months, a).computeIfAbsent("", k -> new ArrayList<>()).add(a);
            }
        }
        List<Month> order = months.keySet().stream().map(Timeline::month).toList();
        List<Map<String, Map<String, List<ArticleRef>>>> monthDays = List.copyOf(months.values());
        List<MonthSummary> summaries = new ArrayList<>();
        List<TimelinePage> pages = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (int at = 0; at < order.size(); at++) {
            Month month = order.get(at);
            Map<String, Map<String, List<ArticleRef>>> days = monthDays.get(at);
            List<Placed> placed = new ArrayList<>();
            Map<String, Integer> storyArticles = new LinkedHashMap<>();
            days.forEach((day, byStory) -> byStory.forEach((storyId, articles) -> {
                articles.forEach(a -> placed.add(new Placed(day, storyId, a)));
                storyArticles.merge(storyId, articles.size(), Integer::sum);
            }));
            List<MonthStory> stories = storyArticles.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                    .map(e -> new MonthStory(storyRefs.get(e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingInt(MonthStory::articles).reversed()).toList();
            summaries.add(new MonthSummary(month, placed.size(), stories.subList(0, Math.min(STORIES_SHOWN,
                    stories.size())), Math.max(0, stories.size() - STORIES_SHOWN), storyArticles.getOrDefault("", 0)));
            Month previous = at > 0 ? order.get(at - 1) : null;
            Month next = at + 1 < order.size() ? order.get(at + 1) : null;
            for (ListPages.Page part : ListPages.ofArticles(month.url(), placed.size()).pages()) {
                pages.add(new TimelinePage(month, part, entries(placed.subList(part.from(), part.to()), storyRefs,
                        started, index), previous, next));
            }
        }
        return new Timeline(summaries, pages);
    }

    /** An article where the timeline lists it: its day, and its story (empty for none). */
    private record Placed(String day, String story, ArticleRef article) {
    }

    /**
     * A page's articles by day, each day's by story, copies of one text once; the chart of a story is drawn where its
     * first article is listed ({@code started} holds the stories listed on earlier pages).
     */
    private static Map<String, List<TimelineEntry>> entries(List<Placed> placed, Map<String, StoryRef> storyRefs,
                                                            Set<String> started, SiteIndex index) {
        Map<String, Map<String, List<ArticleRef>>> days = new LinkedHashMap<>();
        placed.forEach(p -> days.computeIfAbsent(p.day(), k -> new LinkedHashMap<>())
                .computeIfAbsent(p.story(), k -> new ArrayList<>()).add(p.article()));
        Map<String, List<TimelineEntry>> entries = new LinkedHashMap<>();
        days.forEach((day, byStory) -> byStory.forEach((storyId, articles) -> {
            StoryRef story = storyRefs.get(storyId);
            CopiesFolded listed = CopiesFolded.of(articles, index);
            entries.computeIfAbsent(day, k -> new ArrayList<>()).add(new TimelineEntry(story, listed.articles(),
                    listed.copies(), story != null && started.add(storyId)));
        }));
        return entries;
    }

    /** The articles of an article's day, by story, in the map of months ("undated" sorts after every ISO date). */
    private static Map<String, List<ArticleRef>> dayOf(Map<String, Map<String, Map<String, List<ArticleRef>>>> months,
                                                      ArticleRef a) {
        String day = a.date() == null ? UNDATED : a.date();
        String key = day.equals(UNDATED) ? UNDATED : day.substring(0, day.lastIndexOf('-'));
        return months.computeIfAbsent(key, k -> new TreeMap<>()).computeIfAbsent(day, k -> new LinkedHashMap<>());
    }

    private static Month month(String key) {
        String label = key.equals(UNDATED) ? "Date unknown" : label(YearMonth.parse(key));
        return new Month(key, label, "timeline/" + key + ".html");
    }

    private static String label(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}

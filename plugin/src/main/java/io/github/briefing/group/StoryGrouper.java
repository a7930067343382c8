package io.github.briefing.group;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.LeadFigure;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The group stage: joins articles that tell one development into stories (same-story matches within a few days,
 * without chaining: {@link Clusters}),
 * lends a date to an undated article from its closest dated match (marked inferred), demotes to related the
 * same-story matches whose dates are weeks apart, orders stories in time and
 * reads each story's key figures, followed across the stories of one developing event ({@link Events}).
 */
public final class StoryGrouper {

    /** Articles more than this far apart report different developments, however alike. */
    static final int STORY_WINDOW_DAYS = 3;
    /** What a story's id starts with, before its first article's id. */
    static final String ID_PREFIX = "s-";

    public Briefing group(List<AnalysedArticle> analysed, List<Match> matches) {
        Map<String, Article> byId = new LinkedHashMap<>();
        Map<String, Anchors> anchors = new HashMap<>();
        Map<String, LeadFigure> leadFigures = new HashMap<>();
        analysed.forEach(a -> {
            byId.put(a.id(), a.article());
            anchors.put(a.id(), a.anchors());
            if (a.figure() != null) {
                leadFigures.put(a.id(), a.figure());
            }
        });
        inferDates(byId, matches);
        matches = matches.stream().map(m -> datesAllowSameStory(m, byId) ? m : m.asRelated()).toList();

        List<Match> linked = matches.stream().filter(m -> m.relation().sameStory()
                && withinWindow(byId.get(m.a()).date(), byId.get(m.b()).date())).toList();
        List<List<String>> clusters = Clusters.of(byId.keySet(),
                links(linked.stream().filter(m -> m.relation() == Relation.TRANSLATION)),
                links(linked.stream().filter(m -> m.relation() != Relation.TRANSLATION)));
        List<List<Article>> groups = new ArrayList<>();
        clusters.forEach(ids -> groups.add(ids.stream().map(byId::get)
                .sorted(Comparator.comparing(Article::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Article::id))
                .toList()));
        groups.sort(Comparator.comparing((List<Article> g) -> g.get(0).date(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(g -> g.get(0).id()));

        List<List<Figure>> figures = groups.stream().map(g -> KeyFigures.of(g, a -> leadFigures.get(a.id()))).toList();
        List<Story> stories = new ArrayList<>();
        for (List<Article> group : groups) {
            String id = idOf(group);
            List<LocalDate> dates = group.stream().map(Article::date).filter(d -> d != null).sorted().toList();
            String title = group.stream().filter(a -> !a.titleDerived() && a.title() != null).map(Article::title)
                    .findFirst().orElse(group.get(0).title() != null ? group.get(0).title()
                            // An article with no headline and no lead still needs a name a reader can click.
                            : "Untitled: " + group.get(0).id());
            stories.add(new Story(id, title, dates.isEmpty() ? null : dates.get(0),
                    dates.isEmpty() ? null : dates.get(dates.size() - 1),
                    group.stream().map(Article::id).toList(), figures.get(stories.size())));
        }
        List<Article> articles = byId.values().stream().sorted(Comparator.comparing(Article::id)).toList();
        return new Briefing(articles, anchors, matches, Events.withEventFigures(stories, matches));
    }

    /**
     * A story is known by its first article: a story's id, page and feed stay where they were when articles come
     * and go around it, where a number from its place in time would move every later story's page and feed (a reader
     * subscribed to one would be sent another story's) and make a rebuild write them all again.
     */
    static String idOf(List<Article> story) {
        return ID_PREFIX + story.get(0).id();
    }

    private static List<Clusters.Link> links(Stream<Match> matches) {
        return matches.map(m -> new Clusters.Link(m.a(), m.b(), m.score())).toList();
    }

    /**
     * An undated article takes the date of its strongest translation or wire copy that the text dates: those come
     * out within a day. Articles merely on the same story may be weeks apart (on the extraction corpus 7 of 8
     * dates lent by same-story matches were wrong).
     */
    private static void inferDates(Map<String, Article> byId, List<Match> matches) {
        Map<String, Match> best = new TreeMap<>();
        for (Match m : matches) {
            if (m.relation() != Relation.TRANSLATION) {
                continue;
            }
            Article a = byId.get(m.a());
            Article b = byId.get(m.b());
            lends(m, a, b, best);
            lends(m, b, a, best);
        }
        best.forEach((id, m) -> byId.put(id, byId.get(id).withInferredDate(byId.get(m.other(id)).date())));
    }

    /** Notes {@code m} as what dates {@code undated} when it is the strongest so far that {@code other} dates. */
    private static void lends(Match m, Article undated, Article other, Map<String, Match> best) {
        if (undated.date() == null && other.date() != null && other.dateBasis() != DateBasis.INFERRED) {
            Match known = best.get(undated.id());
            if (known == null || known.score() < m.score()) {
                best.put(undated.id(), m);
            }
        }
    }

    /** Two articles dated further apart than a story lasts report two developments, however alike their words. */
    private static boolean datesAllowSameStory(Match m, Map<String, Article> byId) {
        return m.relation() != Relation.SAME_STORY || withinWindow(byId.get(m.a()).date(), byId.get(m.b()).date());
    }

    private static boolean withinWindow(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= STORY_WINDOW_DAYS;
    }
}

package io.github.briefing.group;

import io.github.briefing.match.Match;
import io.github.briefing.match.ReportedScore;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Developing events: stories joined by strong related matches (the same event, another development), without
 * chaining ({@link Clusters}). Each story's
 * key figures become the timeline of its whole event, so a count followed over weeks (326, then 567, then about
 * 1,000) shows in every story that reports a step of it.
 */
final class Events {

    /** A related match this strong says two developments belong to one event (same places, names, figures). */
    static final double EVENT_LINK = ReportedScore.of(0.5);
    /**
     * More stories than this, linked by related matches, are a topic followed for weeks, not one development: each
     * keeps its own figures (a timeline of hundreds of points says nothing, and drawn on every story it filled the
     * heap of a 10,000-article build).
     */
    static final int MAX_EVENT_STORIES = 12;
    /** Developments further apart than this are another event, however alike. */
    static final int EVENT_WINDOW_DAYS = 31;

    private Events() {
    }

    /** The stories, in their order, each with its event's figures in story order (stories are in time order). */
    static List<Story> withEventFigures(List<Story> stories, List<Match> matches) {
        Map<String, Story> storyOf = new HashMap<>();
        stories.forEach(s -> s.articles().forEach(a -> storyOf.put(a, s)));
        List<Clusters.Link> links = new ArrayList<>();
        for (Match m : matches) {
            if (m.score() < EVENT_LINK) {
                continue; // most matches: their stories are not looked up
            }
            Story a = storyOf.get(m.a());
            Story b = storyOf.get(m.b());
            if (a != b && withinWindow(a, b)) {
                links.add(new Clusters.Link(a.id(), b.id(), m.score()));
            }
        }
        Map<String, String> eventOf = new HashMap<>();
        Clusters.of(stories.stream().map(Story::id).toList(), List.of(), links)
                .forEach(event -> event.forEach(story -> eventOf.put(story, event.get(0))));
        Map<String, List<Story>> events = new HashMap<>();
        stories.forEach(s -> events.computeIfAbsent(eventOf.get(s.id()), e -> new ArrayList<>()).add(s));
        Map<String, List<Figure>> timeline = new HashMap<>();
        events.values().stream().filter(event -> event.size() <= MAX_EVENT_STORIES)
                .forEach(event -> timeline.putAll(timelines(event)));
        return stories.stream().map(s -> new Story(s.id(), s.title(), s.firstDate(), s.lastDate(), s.articles(),
                timeline.getOrDefault(s.id(), s.figures()))).toList();
    }

    /**
     * Each story's timeline within its event: its own readings, and the other stories' readings that count the
     * same thing as one of them ({@link CountedWords}), directly or through another reading (a story's own readings
     * of two things do not make them one). A story without a reading of its own
     * shows none: which of the event's counts it is about, nothing says.
     */
    private static Map<String, List<Figure>> timelines(List<Story> event) {
        List<Figure> readings = event.stream().flatMap(s -> s.figures().stream()).toList();
        UnionFind<Figure> sameCount = new UnionFind<>(readings);
        Map<String, Figure> firstWithStem = new HashMap<>();
        for (Figure f : readings) {
            CountedWords.stems(f.counts()).forEach(stem -> sameCount.join(firstWithStem.computeIfAbsent(stem, x -> f), f));
        }
        List<List<Figure>> counts = sameCount.groups();
        Map<String, List<Figure>> timelines = new HashMap<>();
        for (Story s : event) {
            Set<Figure> own = new HashSet<>(s.figures());
            List<Figure> shown = new ArrayList<>();
            Set<String> values = new HashSet<>();
            for (List<Figure> count : counts) {
                if (count.stream().anyMatch(own::contains)) {
                    // One wire story run twice reports one figure once.
                    count.stream().filter(f -> values.add(f.value())).forEach(shown::add);
                }
            }
            timelines.put(s.id(), KeyFigures.inTimeOrder(shown));
        }
        return timelines;
    }

    private static boolean withinWindow(Story a, Story b) {
        LocalDate x = a.firstDate();
        LocalDate y = b.firstDate();
        return x == null || y == null || Math.abs(ChronoUnit.DAYS.between(x, y)) <= EVENT_WINDOW_DAYS;
    }
}

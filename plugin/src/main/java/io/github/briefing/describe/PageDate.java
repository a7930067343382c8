package io.github.briefing.describe;

import io.github.briefing.clean.CleanArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The date a page states as its own, read from its stamp lines: short lines that carry a date ("19 March 2019,
 * 14:02", "By Ann Lee | 03/19/2019"), not captions or sentences, which tell of other days. The lines just below the
 * headline come first, then those just above it, nearest first (further away are teasers' and comments' dates), then
 * the rest of the masthead (a date printed after the body). A page whose headline or body was not found still states
 * its date when all its stamp lines agree on one day.
 */
final class PageDate {

    /** A line longer than this is a caption or a sentence, whose dates are of the events it tells. */
    private static final int MAX_STAMP_WORDS = 20;
    /** In a line longer than this the date must open it ("May 2, 2020 Ann Lee News, Politics"). */
    private static final int SHORT_STAMP_WORDS = 12;
    /** Room for a label and a weekday before the date of a longer stamp line; later, the date is in a sentence. */
    private static final int STAMP_DATE_AT = 30;
    /** Lines just below the headline, where a page prints its date; further down come teasers and comments. */
    private static final int BELOW_HEADLINE = 3;
    /** Lines above the headline where a page prints its date ("24 April 2020 | Press"); above are a ticker's. */
    private static final int ABOVE_HEADLINE = 4;
    /** Stamp lines of one shape this close and evenly spaced, with different days, list teasers or events. */
    private static final int LIST_SPACING = 4;
    private static final int LIST_ITEMS = 3;
    /** An account handle in brackets before the date: the line signs a quoted post, dated when the post was. */
    private static final Pattern HANDLE = Pattern.compile("\\(@\\w");

    /**
     * The date a stamp line states, the characters before and after it, and the line's length in words. List items
     * are alike: the date stands at one place in each ("Workshop 3: 12 May 2021, ..."), or closes each of one length
     * ("By Ann Lee 12/05/2021").
     */
    private record Stamp(LocalDate date, int before, int after, int words) {
        boolean alike(Stamp other) {
            return before == other.before || words == other.words && after == other.after;
        }
    }

    private PageDate() {
    }

    static Optional<LocalDate> of(CleanArticle clean, String lang, TextDates dates) {
        String page = clean.raw().text();
        List<String> lines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        Boolean monthFirst = DateFinder.monthFirst(lines);
        Map<Integer, Stamp> stamps = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            stamp(lines.get(i), lang, monthFirst, dates).ifPresent(s -> stamps.put(at, s));
        }
        Set<Integer> listed = listed(stamps);
        if (clean.headline() != null) {
            int headline = -1;
            for (int i = 0; i < lines.size() && headline < 0; i++) {
                headline = lines.get(i).endsWith(clean.headline()) ? i : -1;
            }
            List<Integer> near = new ArrayList<>();
            for (int i = headline; headline >= 0 && i < Math.min(lines.size(), headline + 1 + BELOW_HEADLINE); i++) {
                near.add(i);
            }
            for (int i = headline - 1; i >= Math.max(0, headline - ABOVE_HEADLINE); i--) {
                near.add(i);
            }
            for (int i : near) {
                if (stamps.containsKey(i) && !listed.contains(i)) {
                    return Optional.of(stamps.get(i).date());
                }
            }
        }
        // The masthead's lines are known by their text: one is a list item only where each of its copies is.
        Set<String> unlisted = new HashSet<>();
        stamps.keySet().stream().filter(i -> !listed.contains(i)).forEach(i -> unlisted.add(lines.get(i)));
        Set<String> listedText = new HashSet<>();
        listed.forEach(i -> listedText.add(lines.get(i)));
        listedText.removeAll(unlisted);
        for (String line : clean.masthead()) {
            Optional<Stamp> stamp = listedText.contains(line) ? Optional.empty() : stamp(line, lang, monthFirst, dates);
            if (stamp.isPresent()) {
                return Optional.of(stamp.get().date());
            }
        }
        return onlyDay(stamps, listed);
    }

    /** The one day all the page's stamp lines outside lists state, if they state one. */
    private static Optional<LocalDate> onlyDay(Map<Integer, Stamp> stamps, Set<Integer> listed) {
        Set<LocalDate> days = new HashSet<>();
        stamps.forEach((at, stamp) -> {
            if (!listed.contains(at)) {
                days.add(stamp.date());
            }
        });
        return days.size() == 1 ? days.stream().findFirst() : Optional.empty();
    }

    /**
     * The lines of teaser and event lists: at least {@link #LIST_ITEMS} stamp lines of one shape, evenly spaced a few
     * lines apart, that do not all state the same day (a comment thread of one day is no such list).
     */
    private static Set<Integer> listed(Map<Integer, Stamp> stamps) {
        List<Integer> at = new ArrayList<>(stamps.keySet());
        Set<Integer> listed = new HashSet<>();
        for (int i = 0; i + LIST_ITEMS <= at.size(); i++) {
            int gap = at.get(i + 1) - at.get(i);
            Stamp first = stamps.get(at.get(i));
            Set<LocalDate> days = new HashSet<>(List.of(first.date()));
            int end = i + 1;
            while (end < at.size() && at.get(end) - at.get(end - 1) == gap && gap <= LIST_SPACING
                    && stamps.get(at.get(end)).alike(first)) {
                days.add(stamps.get(at.get(end)).date());
                end++;
            }
            if (end - i >= LIST_ITEMS && days.size() > 1) {
                listed.addAll(at.subList(i, end));
            }
        }
        return listed;
    }

    private static Optional<Stamp> stamp(String line, String lang, Boolean monthFirst, TextDates dates) {
        // Most of a page's lines are its body's sentences: passed over before the date patterns run on them.
        int words = LineWords.count(line, MAX_STAMP_WORDS);
        if (words > MAX_STAMP_WORDS) {
            return Optional.empty();
        }
        for (DateFinder.Found found : dates.find(line, lang, monthFirst)) {
            if ((words <= SHORT_STAMP_WORDS || found.start() <= STAMP_DATE_AT)
                    && !HANDLE.matcher(line.substring(0, found.start())).find()) {
                return Optional.of(new Stamp(found.date(), found.start(), line.length() - found.end(), words));
            }
        }
        return Optional.empty();
    }
}

package io.github.briefing.describe;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date from the weekday the lead reports ("the ministry said Tuesday") and a full date the text
 * states: news reports the latest events, so the day is the first such weekday on or after the latest stated date,
 * within a week. Without a full date in the text the weekday says nothing.
 */
final class WeekdayDate {

    /** Abbreviations ("Sun", "Mar") are words of their own too often; a reported weekday is written out. */
    private static final int FULL_NAME = 5;
    private static final int NEWS_PARAGRAPHS = 8;
    private static final Map<String, Pattern> WEEKDAY = new ConcurrentHashMap<>();

    private WeekdayDate() {
    }

    static Optional<LocalDate> resolve(String lead, List<String> paragraphs, String lang, TextDates dates) {
        LocalDate latest = null;
        // The news is in the first paragraphs; dates further down are background.
        for (String paragraph : paragraphs.subList(0, Math.min(NEWS_PARAGRAPHS, paragraphs.size()))) {
            for (DateFinder.Found found : dates.find(paragraph, lang)) {
                if (latest == null || found.date().isAfter(latest)) {
                    latest = found.date();
                }
            }
        }
        if (latest == null || lead.isBlank()) {
            return Optional.empty();
        }
        String l = lang == null ? "en" : lang;
        CalendarWords words = CalendarWords.of(l);
        Matcher m = WEEKDAY.computeIfAbsent(l, k -> Pattern.compile(
                "(?iu)(?<![\\p{L}])(" + words.weekdayPattern() + ")(?![\\p{L}])")).matcher(lead);
        List<DateFinder.Found> datesInLead = dates.find(lead, lang);
        while (m.find()) {
            int at = m.start();
            // A weekday that belongs to a written date ("Tuesday, Feb. 26, 2019") is no reported weekday.
            boolean partOfDate = datesInLead.stream().anyMatch(f -> at >= f.start() - 12 && at < f.end());
            Integer day = words.weekday(m.group(1));
            if (!partOfDate && day != null && m.group(1).length() >= FULL_NAME) {
                return Optional.of(latest.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(day))));
            }
        }
        return Optional.empty();
    }
}

package io.github.briefing.analyse;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days written in a text, in a form that compares across languages: ISO dates as written ("2019-02-26") and every
 * day of the year as month-day ("02-26"), whether worded ("26 February", "February 26", "26. Februar",
 * "26 февраля") or in CJK numerals ("2月26日").
 */
final class DateReader {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\p{L}{3,})\\.?\\s+(\\d{1,2})(?![\\d.,]\\d|\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private DateReader() {
    }

    static Set<String> read(String text) {
        Set<String> dates = new LinkedHashSet<>();
        Matcher iso = ISO.matcher(text);
        while (iso.find()) {
            dates.add(iso.group());
            add(dates, Integer.parseInt(iso.group(2)), iso.group(3));
        }
        CalendarNames calendar = CalendarNames.get();
        Matcher dm = DAY_MONTH.matcher(text);
        while (dm.find()) {
            String day = dm.group(1);
            calendar.month(dm.group(2)).ifPresent(month -> add(dates, month, day));
        }
        Matcher md = MONTH_DAY.matcher(text);
        while (md.find()) {
            String day = md.group(2);
            calendar.month(md.group(1)).ifPresent(month -> add(dates, month, day));
        }
        Matcher cjk = CJK.matcher(text);
        while (cjk.find()) {
            add(dates, Integer.parseInt(cjk.group(1)), cjk.group(2));
        }
        return dates;
    }

    /** Adds the month-day form of a date that exists in some year. */
    static void add(Set<String> dates, int month, String day) {
        int d = Integer.parseInt(day);
        if (month >= 1 && month <= 12 && d >= 1 && d <= 31) {
            dates.add(String.format("%02d-%02d", month, d));
        }
    }
}

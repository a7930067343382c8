package io.github.briefing.analyse;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days written in a text, in a form that compares across languages: ISO dates as written ("2019-02-26") and every
 * day of the year as month-day ("02-26"), whether worded ("26 February", "February 26", "26. Februar",
 * "26 февраля") or in CJK numerals ("2月26日").
 */
public final class DateReader {

    /*
     * Those that start with a digit say so, (?=\d), and are tried at digits alone (MatchStarts): a lookbehind tried
     * at every character cost twice what the whole search costs with it.
     */
    private static final Pattern ISO = Pattern.compile("(?=\\d)(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?=\\d)(?<![\\d.])(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,})");
    /**
     * Only from the first letter of a word: a match inside a word would have been found from its start, and
     * trying every letter of every word cost a quarter of reading dates. The month is all of the word's letters
     * (possessive): fewer would leave a letter where a space must follow.
     */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,}+)\\.?\\s+(\\d{1,2})(?![\\d.,]\\d|\\d)");
    private static final Pattern CJK = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    /** A time of day, "19:45", "19.45 Uhr", "19h45", "19時45分": a count is seldom written so. */
    private static final Pattern TIME = Pattern.compile(
            "(?=\\d)(?:(?<![\\d.,])([01]?\\d|2[0-3])[:.h][0-5]\\d(?!\\d|[.,]\\d)"
            + "|(?<!\\d)\\d{1,2}\\s*[時时点點](?:\\s*\\d{1,2}\\s*分)?)");

    private DateReader() {
    }

    static Set<String> read(String text) {
        Set<String> dates = new LinkedHashSet<>();
        find(text, (at, month, day) -> {
            if (at.pattern() == ISO) {
                dates.add(at.group());
            }
            add(dates, month, day);
        });
        return dates;
    }

    /**
     * The text with each date and time of day written in it blanked out (offsets kept), so that "26 July" or
     * "19:47" is not read as a count of something.
     */
    public static String masked(String text) {
        char[] chars = text.toCharArray();
        find(text, (at, month, day) -> Arrays.fill(chars, at.start(), at.end(), ' '));
        MatchStarts times = MatchStarts.atDigits(TIME, text);
        while (times.find()) {
            Arrays.fill(chars, times.matcher().start(), times.matcher().end(), ' ');
        }
        return new String(chars);
    }

    /** Where a date was found, and its month and day. */
    private interface Found {
        void date(Matcher at, int month, String day);
    }

    private static void find(String text, Found found) {
        MatchStarts isoDates = MatchStarts.atDigits(ISO, text);
        while (isoDates.find()) {
            Matcher iso = isoDates.matcher();
            found.date(iso, Integer.parseInt(iso.group(2)), iso.group(3));
        }
        CalendarNames calendar = CalendarNames.get();
        MatchStarts daysFirst = MatchStarts.atDigits(DAY_MONTH, text);
        while (daysFirst.find()) {
            Matcher dm = daysFirst.matcher();
            Optional<Integer> month = calendar.month(dm.group(2));
            if (month.isPresent()) {
                found.date(dm, month.get(), dm.group(1));
            }
        }
        Matcher md = MONTH_DAY.matcher(text).useTransparentBounds(true);
        for (int day = 1; day < text.length(); day++) {
            boolean dayAfterSpace = day >= 4 && isDigit(text.charAt(day)) && isSpace(text.charAt(day - 1));
            int start = dayAfterSpace ? monthStart(text, day) : -1;
            if (start >= 0 && md.region(start, text.length()).lookingAt()) {
                Optional<Integer> month = calendar.month(md.group(1));
                if (month.isPresent()) {
                    found.date(md, month.get(), md.group(2));
                }
            }
        }
        if (text.indexOf('月') >= 0) {
            Matcher cjk = CJK.matcher(text);
            while (cjk.find()) {
                found.date(cjk, Integer.parseInt(cjk.group(1)), cjk.group(2));
            }
        }
    }

    /**
     * Where the letters before a day's digit start, over a point and spaces ("March 5", "März. 5"), or -1 where no
     * letter stands there. {@link #MONTH_DAY} can match only so: its day is a digit after a space, and its month all
     * of a word's letters; so it is tried there alone, where searching tried it at every letter of the text (it was
     * the costliest of the patterns), and finds the same matches in the same order, one per day's digit.
     */
    private static int monthStart(String text, int day) {
        int end = day - 1;
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && text.charAt(end - 1) == '.') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return start < end ? start : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Adds the month-day form of a date that exists in some year. */
    static void add(Set<String> dates, int month, String day) {
        int d = Integer.parseInt(day);
        if (month >= 1 && month <= 12 && d >= 1 && d <= 31) {
            dates.add(String.format("%02d-%02d", month, d));
        }
    }
}

package io.github.briefing.describe;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds full dates (day, month, year) written in a text: ISO, numeric, and with month names in the text's language
 * or English ("Monday, March 18, 2019", "26th Tuesday, February 2019", "23 Februari 2019", "26 февраля 2019 г.",
 * "2019年3月18日"). Impossible dates (February 30) are no dates.
 */
final class DateFinder {

    // Patterns that start with a digit say so first, (?=\d), so that most characters are passed over before the
    // lookbehind is tried: it halved their cost, and they match as before (a digit must stand there anyway).
    /** Year first: ISO 2019-03-19, and 2019.03.19 or 2019/03/19 (Korean, Japanese, Chinese pages). */
    private static final Pattern ISO = Pattern.compile(
            "(?=\\d)(?<![\\d./])(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?![\\d/])");
    /** A two-digit year: 19.03.19 in a stamp (German, Russian, ...), 03/19/19 in an American one. */
    private static final Pattern SHORT_YEAR = Pattern.compile(
            "(?=\\d)(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{2})(?![\\d/]|\\.\\d)");
    /** Two-digit years above this are of the last century. */
    private static final int CENTURY_TURN = 50;
    private static final Pattern NUMERIC = Pattern.compile(
            "(?=\\d)(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d/])");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Map<String, List<Pattern>> WORDED = new ConcurrentHashMap<>();
    /** The full-width forms of ASCII's printable characters, each one character under NFKC. */
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final char FULL_WIDTH_SLASH = '\uFF0F';
    /**
     * What every date form holds: a year of news (1850 to 2100 are tested later) or a two-digit one after a day and
     * month. A text without one is passed over before the month-name patterns, which are slow on long pages.
     */
    private static final Pattern YEAR = Pattern.compile(
            "(?=\\d)(?:(?<!\\d)(?:1[89]|2[01])\\d\\d(?!\\d)|\\d[/.]\\d{1,2}[/.]\\d{2})");

    /** A date at a position in the text. */
    record Found(LocalDate date, int start, int end) {
    }

    private DateFinder() {
    }

    static List<Found> find(String text, String lang) {
        return find(text, lang, null);
    }

    /**
     * The dates of a text; its slashed dates in the order its page writes them ({@link #monthFirst}), or
     * when the page does not say, in the language's custom.
     */
    static List<Found> find(String written, String lang, Boolean pageMonthFirst) {
        String text = halfWidth(written);
        if (!YEAR.matcher(text).find()) {
            return List.of();
        }
        boolean monthFirst = pageMonthFirst != null ? pageMonthFirst : "en".equals(lang);
        List<Found> found = new ArrayList<>();
        collect(ISO.matcher(text), found, m -> date(m.group(1), m.group(3), m.group(4)));
        collect(CJK.matcher(text), found, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(NUMERIC.matcher(text), found, m -> numeric(m, monthFirst));
        collect(SHORT_YEAR.matcher(text), found, m -> numeric(m, monthFirst));
        for (String l : lang == null || lang.equals("en") ? List.of("en") : List.of(lang, "en")) {
            CalendarWords words = CalendarWords.of(l);
            List<Pattern> patterns = WORDED.computeIfAbsent(l, DateFinder::wordedPatterns);
            collect(patterns.get(0).matcher(text), found,
                    m -> date(m.group("y"), words.month(m.group("m")), m.group("d")));
            collect(patterns.get(1).matcher(text), found,
                    m -> date(m.group("y"), words.month(m.group("m")), m.group("d")));
        }
        found.sort(Comparator.comparingInt(Found::start));
        // One date written in two ways overlaps itself: keep the first match at a place.
        List<Found> distinct = new ArrayList<>();
        int end = -1;
        for (Found f : found) {
            if (f.start() >= end) {
                distinct.add(f);
                end = f.end();
            }
        }
        return distinct;
    }

    private static List<Pattern> wordedPatterns(String lang) {
        CalendarWords words = CalendarWords.of(lang);
        String month = "(?<m>" + words.monthPattern() + ")\\.?";
        String weekday = "(?:(?:" + words.weekdayPattern() + ")\\.?,?\\s+)?";
        String day = "(?<d>\\d{1,2})(?:st|nd|rd|th|er|e|\\.|º)?";
        String year = "(?<y>\\d{4})";
        // "18 March 2019", "26th Tuesday, February 2019", "23 de febrero de 2019", "26 февраля 2019"
        Pattern dayFirst = Pattern.compile("(?iu)(?=\\d)(?<![\\p{L}\\d])" + day + "(?:,?\\s+|(?<=\\.))" + weekday + "(?:de\\s+)?" + month
                + ",?\\s+(?:de\\s+|del\\s+)?" + year + "(?!\\d)");
        // "March 18, 2019", "Feb. 26 2019"
        Pattern monthFirst = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + month + "\\s+" + day + ",?\\s+" + year + "(?!\\d)");
        return List.of(dayFirst, monthFirst);
    }

    private interface DateOf {
        LocalDate of(Matcher m);
    }

    private static void collect(Matcher m, List<Found> out, DateOf dateOf) {
        while (m.find()) {
            LocalDate date = dateOf.of(m);
            if (date != null) {
                out.add(new Found(date, m.start(), m.end()));
            }
        }
    }

    /** 03/19/2019 is American; 19.03.2019 and 19/03/2019 elsewhere. A day over 12 settles it. */
    private static LocalDate numeric(Matcher m, boolean slashMonthFirst) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        boolean monthFirst = m.group(2).equals("/") && slashMonthFirst ? a <= 12 : b > 12 && a <= 12;
        String year = m.group(4);
        if (year.length() == 2) {
            year = (Integer.parseInt(year) > CENTURY_TURN ? "19" : "20") + year;
        }
        return monthFirst ? date(year, a, String.valueOf(b)) : date(year, b, String.valueOf(a));
    }

    /**
     * Whether a page's slashed dates put the month first, when one of them says so (19/03/2019 settles whether
     * 03/04/2019 is March or April); null when none does. The page is given as its lines, in order (stripped or not,
     * blank ones left out or not): a slashed date cannot span lines, whose ends its lookarounds read as they read any
     * blank, so the first line that says is the page's first. A line without a slash, written or full-width, says
     * nothing: most lines have none, and the pattern, tried at every digit of the page, was a fifth of the describe
     * stage on wire copies.
     */
    static Boolean monthFirst(List<String> lines) {
        for (String line : lines) {
            if (line.indexOf('/') >= 0 || line.indexOf(FULL_WIDTH_SLASH) >= 0) {
                Boolean says = slashedMonthFirst(line);
                if (says != null) {
                    return says;
                }
            }
        }
        return null;
    }

    private static Boolean slashedMonthFirst(String text) {
        Matcher m = NUMERIC.matcher(halfWidth(text));
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (m.group(2).equals("/") && (a > 12) != (b > 12) && a <= 31 && b <= 31) {
                return b > 12;
            }
        }
        return null;
    }

    /**
     * The text with full-width digits, letters and signs (\uFF12\uFF10\uFF12\uFF10\u5E74\uFF17\u6708, as Japanese and
     * Chinese pages often write dates) as their ASCII forms, which the patterns read. Each character folds by itself
     * (its NFKC form), so that positions in the text stay those of the text as written.
     */
    static String halfWidth(String text) {
        char[] folded = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                folded = folded == null ? text.toCharArray() : folded;
                folded[i] = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC).charAt(0);
            }
        }
        return folded == null ? text : new String(folded);
    }

    private static LocalDate date(String year, String month, String day) {
        return date(year, Integer.valueOf(Integer.parseInt(month)), day);
    }

    private static LocalDate date(String year, Integer month, String day) {
        if (month == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            // News is written between the telegraph and next year; other four-digit numbers are no years.
            if (y < 1850 || y > 2100) {
                return null;
            }
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}

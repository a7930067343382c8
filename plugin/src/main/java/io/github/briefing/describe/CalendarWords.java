package io.github.briefing.describe;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Month and weekday names of a language from CLDR (ICU4J), in every form a date is written with: wide and
 * abbreviated, in running text and standalone (Russian "февраля" and "февраль" are both February).
 */
final class CalendarWords {

    private static final Map<String, CalendarWords> CACHE = new ConcurrentHashMap<>();
    /** Letters a cut month name keeps. */
    private static final int CUT = 4;
    private final Map<String, Integer> months;
    private final Map<String, Integer> weekdays;
    private final String monthAlternation;
    private final String weekdayAlternation;

    private CalendarWords(String lang) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(ULocale.forLanguageTag(lang));
        months = new HashMap<>();
        weekdays = new HashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] m = symbols.getMonths(context, width);
                for (int i = 0; i < Math.min(12, m.length); i++) {
                    put(months, m[i], i + 1);
                }
                String[] w = symbols.getWeekdays(context, width);
                for (int i = 1; i < w.length; i++) {
                    // ICU numbers Sunday 1 .. Saturday 7; java.time numbers Monday 1 .. Sunday 7.
                    put(weekdays, w[i], i == 1 ? 7 : i - 1);
                }
            }
        }
        addCutNames(symbols);
        monthAlternation = alternation(months);
        weekdayAlternation = alternation(weekdays);
    }

    /**
     * Month names cut after four letters ("Sept.", "Febr."), as pages abbreviate them beside CLDR's forms; only where
     * the cut names one month.
     */
    private void addCutNames(DateFormatSymbols symbols) {
        Map<String, Integer> cuts = new HashMap<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            String[] m = symbols.getMonths(context, DateFormatSymbols.WIDE);
            for (int i = 0; i < Math.min(12, m.length); i++) {
                String name = key(m[i]);
                if (name.length() > CUT && name.codePoints().limit(CUT).allMatch(Character::isLetter)) {
                    String prefix = name.substring(0, name.offsetByCodePoints(0, CUT));
                    cuts.merge(prefix, i + 1, (a, b) -> a.equals(b) ? a : -1);
                }
            }
        }
        cuts.forEach((prefix, month) -> {
            if (month > 0) {
                months.putIfAbsent(prefix, month);
            }
        });
    }

    static CalendarWords of(String lang) {
        return CACHE.computeIfAbsent(lang == null ? "en" : lang, CalendarWords::new);
    }

    private static void put(Map<String, Integer> map, String name, int value) {
        String key = key(name);
        if (key.length() >= 3 || (key.length() >= 2 && !key.chars().allMatch(Character::isLetter))) {
            map.putIfAbsent(key, value);
        } else if (key.length() >= 2 && Character.isIdeographic(key.codePointAt(0))) {
            map.putIfAbsent(key, value);
        }
    }

    static String key(String name) {
        return name.toLowerCase(ULocale.ROOT.toLocale()).replace(".", "").strip();
    }

    /** Longest names first, so "September" wins over "Sep". */
    private static String alternation(Map<String, Integer> names) {
        Map<Integer, java.util.List<String>> byLength = new java.util.TreeMap<>(Collections.reverseOrder());
        names.keySet().forEach(n -> byLength.computeIfAbsent(n.length(), k -> new java.util.ArrayList<>()).add(n));
        StringBuilder sb = new StringBuilder();
        byLength.values().forEach(list -> list.stream().sorted().forEach(n -> {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(n));
        }));
        return sb.toString();
    }

    Integer month(String name) {
        return months.get(key(name));
    }

    Integer weekday(String name) {
        return weekdays.get(key(name));
    }

    String monthPattern() {
        return monthAlternation;
    }

    String weekdayPattern() {
        return weekdayAlternation;
    }
}

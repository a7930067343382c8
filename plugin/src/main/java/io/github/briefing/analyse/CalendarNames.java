package io.github.briefing.analyse;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Month and weekday names in every language {@link PlaceNames} loads, from CLDR: months turn "18 March",
 * "18 марта" and "18. März" into one day of the year; both are capitalised in many languages but name no one.
 */
final class CalendarNames {

    private static final CalendarNames INSTANCE = new CalendarNames();
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> weekdays = new HashSet<>();

    private CalendarNames() {
        for (String language : PlaceNames.LANGUAGES) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(new ULocale(language));
            for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
                for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                    String[] m = symbols.getMonths(context, width);
                    for (int i = 0; i < Math.min(12, m.length); i++) {
                        String month = clean(m[i]);
                        // Short abbreviations ("mar", "mai") are ordinary words in other languages.
                        if (month.length() >= 3 && !month.chars().allMatch(Character::isDigit)) {
                            months.putIfAbsent(month, i + 1);
                        }
                    }
                    for (String w : symbols.getWeekdays(context, width)) {
                        weekdays.add(clean(w));
                    }
                }
            }
        }
    }

    static CalendarNames get() {
        return INSTANCE;
    }

    private static String clean(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "").strip();
    }

    /** The month (1-12) a word names, in any loaded language. */
    Optional<Integer> month(String word) {
        return Optional.ofNullable(months.get(clean(word)));
    }

    boolean isCalendarWord(String word) {
        String w = clean(word);
        return months.containsKey(w) || weekdays.contains(w);
    }
}

package io.github.briefing.render;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A date two articles share, as a match's evidence shows it. */
final class DayText {

    /** A day without its year reads "23 February": "02-23" asks the reader which number is the month. */
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private DayText() {
    }

    /** A day of no year ("02-23") in words; a full date stays as the site writes dates (2019-02-23). */
    static String display(String date) {
        if (date.length() != 5) {
            return date;
        }
        try {
            return MonthDay.parse("--" + date).format(DAY_AND_MONTH);
        } catch (DateTimeException e) { // not a day of the year, such as 13-40
            return date;
        }
    }
}

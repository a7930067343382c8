package io.github.briefing.match;

import io.github.briefing.analyse.DateReader;
import io.github.briefing.analyse.NumberReader;
import io.github.briefing.describe.Article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure an article leads with: the first count of something in its headline (or, without one, its first
 * paragraph) that is not a year, a date, a time of day, a percentage or a small number. What a report of a running count is about: "326 soldiers defected" and
 * "567 soldiers defected" are two developments of one event however alike the rest of their words.
 *
 * @param value the quantity, normalised as the anchors' numbers are ("1000" for "1,000")
 * @param text  the headline or paragraph it was read from
 * @param start where it is written in {@code text}
 * @param end   where its wording ends in {@code text} (the number and the word after it)
 */
public record LeadFigure(String value, String text, int start, int end) {

    /**
     * A number and the word after it: a count is a count of something ("567 soldiers", "1.000 anggota", "300万人"),
     * and a number in a name ("COVID-19", "G-20") counts nothing.
     */
    private static final Pattern COUNT = Pattern.compile(
            "(?<![\\p{L}\\d.,]-?)\\d(?:[\\d.,\u00A0\u202F]| (?=\\d{3}\\b))*\\s*\\p{L}+");
    /** Days of the month, ranks and small counts say little about which development a report tells. */
    private static final int MIN_FIGURE = 10;

    /** The article's lead figure, or null when its headline and first paragraph have none. */
    public static LeadFigure of(Article article) {
        LeadFigure headline = inHeadline(article);
        return headline != null ? headline : in(article.paragraphs().isEmpty() ? null : article.paragraphs().get(0));
    }

    /** The figure of the article's own headline, or null (none, or no headline but one made from the lead). */
    static LeadFigure inHeadline(Article article) {
        return article.titleDerived() ? null : in(article.title());
    }

    private static LeadFigure in(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = COUNT.matcher(DateReader.masked(text));
        while (m.find()) {
            for (String value : NumberReader.read(m.group())) {
                if (isFigure(value)) {
                    return new LeadFigure(value, text, m.start(), m.end());
                }
            }
        }
        return null;
    }

    /** Years and small numbers (days, ranks) are no counts worth following. */
    private static boolean isFigure(String value) {
        try {
            double v = Double.parseDouble(value);
            return v >= MIN_FIGURE && !(v >= 1900 && v <= 2100 && value.length() == 4);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

package io.github.briefing.analyse;

import io.github.briefing.describe.Article;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure an article leads with: the first count of something in its headline (or, without one, its first
 * paragraph) that is not a year, a date, a time of day, a percentage or a small number. What a report of a running count is about: "326 soldiers defected" and
 * "567 soldiers defected" are two developments of one event however alike the rest of their words.
 *
 * @param value  the quantity, normalised as the anchors' numbers are ("1000" for "1,000")
 * @param text   the headline or paragraph it was read from
 * @param start  where it is written in {@code text}
 * @param end    where its wording ends in {@code text} (the number and the word after it)
 * @param counts what it counts, as written: the few words after the number ("Venezuelan soldiers defected to")
 * @param inHeadline whether {@code text} is the article's own headline (else its first paragraph)
 */
public record LeadFigure(String value, String text, int start, int end, String counts, boolean inHeadline) {

    /** A letter of a script written without spaces between words, where a counter follows its number unspaced. */
    public static final String UNSPACED = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsThai}]";
    /**
     * A letter that a number in a name is written after ("COVID-19", "G-20", "A320"). Scripts written without
     * spaces are left out, as the word before a count is written against it there ("約4200人", "共有300人"), all but
     * their ordinal prefix 第 ("第20回").
     */
    private static final String NAME_LETTER =
            "[\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}]]|\u7B2C";
    /**
     * A number and the word after it: a count is a count of something ("567 soldiers", "1.000 anggota", "300万人"),
     * and a number in a name ("COVID-19", "COVID—19", "G-20") counts nothing. The word is set apart by a space
     * except in scripts written without spaces, so that ordinals ("24th", "25-го", "1er") are no counts.
     */
    private static final Pattern COUNT = Pattern.compile(
            "(?<!(?:" + NAME_LETTER + "|[\\d.,])\\p{Pd}?)(?<number>\\d(?:[\\d.,\u00A0\u202F]| (?=\\d{3}\\b))*)"
            + "(?:[\\s\u00A0\u202F]+\\p{L}+|" + UNSPACED + "\\p{L}*)");
    /** The words after a count that say what it counts. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019]*");
    private static final int COUNTED_WORDS = 4;
    /** Days of the month, ranks and small counts say little about which development a report tells. */
    private static final int MIN_FIGURE = 10;

    /** The article's lead figure, or null when its headline and first paragraph have none. */
    public static LeadFigure of(Article article) {
        return of(article, () -> ofFirstParagraph(article.paragraphs()));
    }

    /** The article's lead figure, its first paragraph's given (as kept for a body that many copies share). */
    static LeadFigure of(Article article, Supplier<LeadFigure> firstParagraph) {
        LeadFigure headline = article.titleDerived() ? null : in(article.title(), true);
        return headline != null ? headline : firstParagraph.get();
    }

    /** The figure of a body's first paragraph, or null. */
    static LeadFigure ofFirstParagraph(List<String> paragraphs) {
        return in(paragraphs.isEmpty() ? null : paragraphs.get(0), false);
    }

    private static LeadFigure in(String text, boolean headline) {
        if (text == null || !hasDigit(text)) {
            return null; // a count is written in digits: most headlines have none, and need no date masking
        }
        String masked = DateReader.masked(text);
        Matcher m = COUNT.matcher(masked);
        while (m.find()) {
            String number = m.group("number");
            boolean stops = number.endsWith(".") || number.endsWith(",");
            if (number.endsWith(".") && Character.isLowerCase(masked.codePointAt(wordAfter(masked, m)))) {
                continue; // "frá 16. öld", "16. století": an ordinal, as many languages write one
            }
            for (String value : NumberReader.read(m.group())) {
                if (isFigure(value)) {
                    // a number that ends its sentence or clause counts nothing written after it
                    return new LeadFigure(value, text, m.start(), m.end(),
                            stops ? "" : counted(text, masked, m.end("number")), headline);
                }
            }
        }
        return null;
    }

    /** Where the word the count pattern took after the number starts. */
    private static int wordAfter(String masked, Matcher m) {
        int at = m.end("number");
        while (!Character.isLetter(masked.charAt(at))) {
            at++;
        }
        return at;
    }

    /** Whether the text has a digit as {@code \d} reads one (ASCII); masking dates only puts spaces in. */
    private static boolean hasDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The first few words after the number, as written, from the first that is not its scale ("3 million people"
     * counts people); a date among them is no word of what is counted.
     */
    private static String counted(String text, String masked, int from) {
        Matcher word = WORD.matcher(masked).region(from, masked.length());
        int start = -1;
        int end = from;
        for (int n = 0; n < COUNTED_WORDS && word.find(); ) {
            if (start < 0 && NumberReader.scale(word.group()) != null) {
                continue;
            }
            start = start < 0 ? word.start() : start;
            end = word.end();
            n++;
        }
        return start < 0 ? "" : text.substring(start, end);
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

package io.github.briefing.group;

import io.github.briefing.describe.Article;
import io.github.briefing.analyse.LeadFigure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The figure each article of a story leads with: the first quantity in its headline or lead that is not a year
 * or a day of the month. Followed across a story's articles in time order, it shows how the count moved.
 */
final class KeyFigures {

    /**
     * A hedge is a word of its own ("over", not the end of "leftover"); in a script written without spaces (約) no
     * letter before it can tell.
     */
    private static final Pattern HEDGE = Pattern.compile("(?iu)(?<![\\p{IsLatin}\\p{IsCyrillic}\\p{IsArabic}])"
            + "(about|around|some|nearly|almost|more than|over|"
            + "at least|roughly|approximately|up to|sekitar|lebih dari|hampir|около|более|почти|etwa|rund|"
            + "mehr als|fast|environ|plus de|près de|unos|unas|más de|casi|cerca de|yaklaşık|ponad|około|"
            + "حوالي|約|约)\\s*$");

    /** How many characters of the text before and after a figure its reading shows, about. */
    private static final int WORDS_BEFORE = 40;
    private static final int WORDS_AFTER = 60;

    private KeyFigures() {
    }

    /** The story's figures, each article's lead figure ({@link LeadFigure#of}, read by the analyse stage) given. */
    static List<Figure> of(List<Article> storyInTimeOrder, Function<Article, LeadFigure> leadFigure) {
        List<Figure> figures = new ArrayList<>();
        for (Article article : storyInTimeOrder) {
            LeadFigure lead = leadFigure.apply(article);
            if (lead != null) {
                String text = lead.text();
                boolean approx = hedged(text, lead.start());
                figures.add(new Figure(lead.value(), approx, article.date(), article.id(),
                        around(text, lead.start(), lead.end()), lead.counts()));
            }
        }
        return inTimeOrder(figures);
    }

    /**
     * The words around a figure as its reading shows them: a few before it and after it, cut between words (a
     * script written without spaces has no such place, and is cut anywhere), with an ellipsis where the text goes on.
     */
    static String around(String text, int start, int end) {
        int from = Math.max(0, start - WORDS_BEFORE);
        if (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            for (int k = from; k < start; k++) {
                if (Character.isWhitespace(text.charAt(k))) {
                    from = k + 1;
                    break;
                }
            }
        }
        int to = Math.min(text.length(), end + WORDS_AFTER);
        if (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            for (int k = to - 1; k >= end; k--) {
                if (Character.isWhitespace(text.charAt(k))) {
                    to = k;
                    break;
                }
            }
        }
        return (from > 0 ? "\u2026" : "") + text.substring(from, to).strip() + (to < text.length() ? "\u2026" : "");
    }

    /**
     * Whether a hedge ("about", "nearly") ends just before {@code at}, perhaps with spaces between. Only the last
     * characters before it are searched (a hedge is at most 13 of them): a lead can be long, and searching it all
     * for every article of a corpus made this most of the group stage.
     */
    private static boolean hedged(String text, int at) {
        int end = at;
        while (end > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return HEDGE.matcher(text).region(Math.max(0, end - 16), at).useTransparentBounds(true).find();
    }

    /**
     * Figures in time order. An undated figure has no time of its own; when the dated ones only rise (or only
     * fall), as a running count does, it goes where its value fits between them, still undated; else it goes last.
     */
    static List<Figure> inTimeOrder(List<Figure> figures) {
        List<Figure> ordered = new ArrayList<>(figures.stream().filter(f -> f.date() != null)
                .sorted(Comparator.comparing(Figure::date)).toList());
        int direction = direction(ordered);
        for (Figure undated : figures.stream().filter(f -> f.date() == null).toList()) {
            int at = ordered.size();
            if (direction != 0) {
                at = 0;
                while (at < ordered.size() && direction * Double.compare(value(ordered.get(at)), value(undated)) <= 0) {
                    at++;
                }
            }
            ordered.add(at, undated);
        }
        return ordered;
    }

    /** 1 if the values only rise, -1 if they only fall, 0 if both or too few to tell. */
    private static int direction(List<Figure> figures) {
        boolean rises = false;
        boolean falls = false;
        for (int i = 1; i < figures.size(); i++) {
            int step = Double.compare(value(figures.get(i)), value(figures.get(i - 1)));
            rises |= step > 0;
            falls |= step < 0;
        }
        return rises == falls ? 0 : rises ? 1 : -1;
    }

    private static double value(Figure figure) {
        return Double.parseDouble(figure.value());
    }
}

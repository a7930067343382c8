package io.github.briefing.group;

import io.github.briefing.analyse.DateReader;
import io.github.briefing.analyse.NumberReader;
import io.github.briefing.describe.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure each article of a story leads with: the first count of something in its headline or lead that is
 * not a year, a date or a time of day. Followed across a story's articles in time order, it shows how the count moved.
 */
final class KeyFigures {

    private static final Pattern HEDGE = Pattern.compile("(?iu)(about|around|some|nearly|almost|more than|over|"
            + "at least|roughly|approximately|up to|sekitar|lebih dari|hampir|около|более|почти|etwa|rund|"
            + "mehr als|fast|environ|plus de|près de|unos|unas|más de|casi|cerca de|yaklaşık|ponad|około|"
            + "حوالي|約|约)\\s*$");
    /**
     * A number and the word after it: a count is a count of something ("567 soldiers", "1.000 anggota", "300万人"),
     * and a number in a name ("COVID-19", "G-20") counts nothing.
     */
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d.,]-?)\\d(?:[\\d.,\u00A0\u202F]| (?=\\d{3}\\b))*\\s*\\p{L}+");
    private static final int MIN_FIGURE = 10;

    private KeyFigures() {
    }

    static List<Figure> of(List<Article> storyInTimeOrder) {
        List<Figure> figures = new ArrayList<>();
        for (Article article : storyInTimeOrder) {
            String lead = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0);
            for (String place : new String[] {article.titleDerived() ? "" : article.title(), lead}) {
                Figure figure = figureIn(place, article);
                if (figure != null) {
                    figures.add(figure);
                    break;
                }
            }
        }
        return inTimeOrder(figures);
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

    private static Figure figureIn(String text, Article article) {
        if (text == null) {
            return null;
        }
        Matcher m = COUNT.matcher(DateReader.masked(text));
        while (m.find()) {
            for (String value : NumberReader.read(m.group())) {
                if (isFigure(value)) {
                    boolean approx = HEDGE.matcher(text.substring(0, m.start())).find();
                    int from = Math.max(0, m.start() - 40);
                    int to = Math.min(text.length(), m.end() + 60);
                    return new Figure(value, approx, article.date(), article.id(), text.substring(from, to).strip());
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

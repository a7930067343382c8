package io.github.briefing.group;

import java.time.LocalDate;
import java.util.List;

/** Articles about one development, in time order, with the key figures that moved across them. */
public record Story(String id, String title, LocalDate firstDate, LocalDate lastDate, List<String> articles,
                    List<Figure> figures) {

    public Story {
        articles = List.copyOf(articles);
        figures = List.copyOf(figures);
    }
}

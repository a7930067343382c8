package io.github.briefing.describe;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * An article with its facts. Unknown facts are {@code null}; each date carries its basis.
 *
 * @param titleDerived true when the text has no headline and {@code title} was made from the lead
 * @param outletBasis  how the outlet was found: {@code metadata}, {@code url}, {@code sources.yml} or {@code text}
 */
public record Article(String id, Path file, String lang, String title, boolean titleDerived, LocalDate date,
                      DateBasis dateBasis, String dateline, String outlet, String outletBasis, List<String> wires,
                      String author, String url, List<String> paragraphs, List<String> captions) {

    public Article {
        wires = List.copyOf(wires);
        paragraphs = List.copyOf(paragraphs);
        captions = List.copyOf(captions);
    }

    public String body() {
        return String.join("\n\n", paragraphs);
    }

    /** The same article with a date taken from the articles it matches. */
    public Article withInferredDate(LocalDate inferred) {
        return new Article(id, file, lang, title, titleDerived, inferred, DateBasis.INFERRED, dateline, outlet,
                outletBasis, wires, author, url, paragraphs, captions);
    }
}

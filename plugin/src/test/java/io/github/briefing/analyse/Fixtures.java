package io.github.briefing.analyse;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;

import java.time.LocalDate;
import java.util.List;

/** Small articles written for the tests. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Article article(String id, String lang, LocalDate date, String title, String... paragraphs) {
        return new Article(id, null, lang, title, title == null, date, date == null ? null : DateBasis.METADATA,
                null, null, null, List.of(), null, null, List.of(paragraphs), List.of());
    }

    public static AnalysedArticle analysed(String id, String lang, LocalDate date, String title, String... paragraphs) {
        return new AnchorExtractor().analyse(article(id, lang, date, title, paragraphs));
    }
}

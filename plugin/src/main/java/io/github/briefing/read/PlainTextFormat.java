package io.github.briefing.read;

import java.nio.file.Path;
import java.util.List;

/** Raw scraped text: no metadata, everything is read from the text later. */
final class PlainTextFormat implements ArticleFormat {

    @Override
    public List<RawArticle> parse(String fileId, Path file, String text, List<Problem> problems) {
        return List.of(new RawArticle(fileId, file, 0, Lines.normalize(text), GivenFacts.NONE));
    }
}

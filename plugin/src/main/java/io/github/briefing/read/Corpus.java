package io.github.briefing.read;

import java.nio.file.Path;
import java.util.List;

/**
 * What the read stage found: the articles in a stable order, every problem with the input, the files that are
 * not articles (listed so that nothing is passed over silently) and the outlets of {@code sources.yml}.
 */
public record Corpus(List<RawArticle> articles, List<Problem> problems, List<Path> ignored, Outlets outlets) {

    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
        ignored = List.copyOf(ignored);
    }
}

package io.github.briefing.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the read stage found: the article files in a stable order with how many articles each holds, every problem
 * with the input, the files that are not articles (listed so that nothing is passed over silently) and the
 * outlets of {@code sources.yml}. It keeps no article text: the later stages {@link #reread} the files one by
 * one, so that a corpus of any size passes through memory a few files at a time.
 */
public record Corpus(Path folder, Map<Path, Integer> articlesPerFile, List<Problem> problems, List<Path> ignored,
                     Outlets outlets) {

    public Corpus {
        articlesPerFile = Collections.unmodifiableMap(new TreeMap<>(articlesPerFile));
        problems = List.copyOf(problems);
        ignored = List.copyOf(ignored);
    }

    /** The number of articles in files without a problem. */
    public int sound() {
        Set<Path> bad = problemFiles();
        return articlesPerFile.entrySet().stream().filter(e -> !bad.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** The files without a problem, in order: those whose articles the site is built from. */
    public List<Path> soundFiles() {
        Set<Path> bad = problemFiles();
        return articlesPerFile.keySet().stream().filter(file -> !bad.contains(file)).toList();
    }

    /**
     * Reads one of the {@link #soundFiles} again. If it changed since it was first read so that it now has a
     * problem, the problem goes to {@code changed} (safe from several threads) and no article comes back.
     */
    public List<RawArticle> reread(Path file, List<Problem> changed) {
        List<Problem> problems = new ArrayList<>();
        List<RawArticle> articles = CorpusReader.readFile(folder, file, problems);
        if (problems.isEmpty()) {
            return articles;
        }
        synchronized (changed) {
            changed.addAll(problems);
        }
        return List.of();
    }

    private Set<Path> problemFiles() {
        return problems.stream().map(Problem::file).collect(Collectors.toSet());
    }
}

package io.github.briefing.build;

import io.github.briefing.analyse.AnchorExtractor;
import io.github.briefing.clean.CleanArticle;
import io.github.briefing.clean.Cleaner;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.Describer;
import io.github.briefing.read.Corpus;
import io.github.briefing.read.CorpusReader;
import io.github.briefing.read.RawArticle;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Times the per-article stages (clean, describe, analyse) on real articles, each on its own and on one thread, so
 * that a change to one can be measured (a benchmark, not a test). The folder's articles are read once; each stage
 * then runs five times over all of them, and each run's CPU time and a digest of its results (their text) are
 * printed: a faster version of a stage must print the digest the slower one printed. {@code -Dstage=NAME} runs the
 * other stages once.
 * Run: {@code java -cp plugin/target/classes:plugin/target/test-classes:DEPS io.github.briefing.build.ArticlePassBenchmark DIR...}
 */
public final class ArticlePassBenchmark {

    private static final int RUNS = 5;
    /** {@code -Dstage=analyse} times that stage alone; the ones before it run once, for its input. */
    private static final String STAGE = System.getProperty("stage", "");

    public static void main(String[] args) {
        for (String folder : args) {
            SharedLines.Counter lines = new SharedLines.Counter();
            Corpus corpus = CorpusReader.read(Path.of(folder), null, article -> lines.add(article.text()));
            List<RawArticle> raw = corpus.soundFiles().stream()
                    .flatMap(file -> corpus.reread(file, new ArrayList<>()).stream()).toList();
            List<CleanArticle> clean = time(folder + " clean", raw, () -> new Cleaner(lines.result())::clean);
            List<Article> described = time(folder + " describe", clean,
                    () -> new Describer(corpus.outlets())::describe);
            time(folder + " analyse", described, () -> new AnchorExtractor()::analyse);
        }
    }

    /**
     * Runs a stage made afresh for each run: describe and analyse keep what they worked out for texts met lately
     * (their memos), so a stage object run twice would time its memo, not its work.
     */
    private static <A, B> List<B> time(String what, List<A> inputs, Supplier<Function<A, B>> fresh) {
        var threads = ManagementFactory.getThreadMXBean();
        List<B> results = List.of();
        int runs = STAGE.isEmpty() || what.endsWith(" " + STAGE) ? RUNS : 1;
        for (int run = 1; run <= runs; run++) {
            Function<A, B> stage = fresh.get();
            long cpu = threads.getCurrentThreadCpuTime();
            results = inputs.stream().map(stage).toList();
            double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%s: %d articles, run %d: %.2f CPU-s, digest %08x%n", what, inputs.size(), run,
                    seconds, results.toString().hashCode());
        }
        return results;
    }
}

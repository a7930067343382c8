package io.github.briefing.build;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.AnchorExtractor;
import io.github.briefing.cache.ArticleCache;
import io.github.briefing.clean.CleanArticle;
import io.github.briefing.clean.Cleaner;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.Describer;
import io.github.briefing.read.Corpus;
import io.github.briefing.read.Problem;
import io.github.briefing.read.RawArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The per-article stages (clean, describe, analyse) in one parallel pass: each article is read again and goes
 * through all three at once, so that no stage holds every article's text or intermediate form.
 * With a cache, an article whose input is unchanged since the last build is taken from it instead.
 */
final class ArticleStages {

    private final StageClock clock;
    private final BuildLog log;
    private final Consumer<Runnable> beside;
    private Map<String, String> inputs = Map.of();

    /** @param beside starts a task beside the build (the cache's save: see {@link #run}) */
    ArticleStages(StageClock clock, BuildLog log, Consumer<Runnable> beside) {
        this.clock = clock;
        this.log = log;
        this.beside = beside;
    }

    /**
     * Starts loading the language data the stages need on threads of their own, to overlap the read stage: loaded
     * at the first article instead, it holds up every thread of the pass. A load that fails is logged here, with
     * its cause, as the pass will fail where it first needs the data.
     */
    void prepare() {
        for (Runnable load : List.<Runnable>of(Describer::prepare, AnchorExtractor::prepare)) {
            Thread loader = new Thread(() -> {
                try {
                    load.run();
                } catch (RuntimeException | LinkageError e) {
                    log.warn("Could not load the language data the analysis needs: " + e);
                }
            }, "briefing-prepare");
            loader.setDaemon(true);
            loader.start();
        }
    }

    /**
     * Reads the corpus's sound files again, one at a time per thread, and takes each article through the stages.
     * A file that changed since the read stage so that it now has a problem goes to {@code changed}. A file whose
     * articles (by their {@code keys} from the read stage) all come from the cache is not read again.
     */
    List<AnalysedArticle> run(Corpus corpus, SharedLines shared, Path sources, Path cacheFolder, ReadKeys keys,
                              List<Problem> changed) {
        StageClock.Pass pass = clock.new Pass("read", "clean", "describe", "analyse", "cache");
        Cleaner cleaner = new Cleaner(shared);
        Describer describer = new Describer(corpus.outlets());
        AnchorExtractor extractor = new AnchorExtractor();
        ArticleCache cache = cacheFolder == null ? null
                : pass.serial("cache", () -> ArticleCache.open(cacheFolder, sources, shared.templateLines()));
        List<AnalysedArticle> analysed = corpus.soundFiles().parallelStream()
                .flatMap(file -> {
                    List<AnalysedArticle> kept = cache == null || keys == null ? null : cache.reuse(keys.of(file));
                    return kept != null ? kept.stream()
                            : pass.time("read", () -> corpus.reread(file, changed)).stream()
                            .map(r -> cache == null ? analyse(r, pass, cleaner, describer, extractor)
                                    : cache.get(r, x -> analyse(x, pass, cleaner, describer, extractor)));
                })
                .toList();
        pass.end();
        if (cache != null) {
            inputs = cache.inputs();
            // Saved beside the match stage, which leaves a core idle a third of the time, rather than before it (a
            // second at 10,000 articles, ten at 100,000, encoding on one core). A rebuild's cache holds the last
            // one's file bytes until then, but it writes only the files of the changed articles.
            beside.accept(() -> save(cache, cacheFolder));
            log.info("Reused " + cache.hits() + " of " + analysed.size() + " articles from the cache in "
                    + cacheFolder);
        }
        return analysed;
    }

    /** The last run's articles' inputs by id, as its cache knew them ({@link ArticleCache#inputs()}); empty without. */
    Map<String, String> inputs() {
        return inputs;
    }

    private void save(ArticleCache cache, Path folder) {
        try {
            cache.save();
        } catch (IOException e) {
            log.warn("Could not keep results for the next build in " + folder + " (" + e.getMessage()
                    + "); this build is complete, the next one will not be faster. Check that the folder is writable.");
        }
    }

    private static AnalysedArticle analyse(RawArticle raw, StageClock.Pass pass, Cleaner cleaner,
                                           Describer describer, AnchorExtractor extractor) {
        CleanArticle clean = pass.time("clean", () -> cleaner.clean(raw));
        Article article = pass.time("describe", () -> describer.describe(clean));
        return pass.time("analyse", () -> extractor.analyse(article));
    }
}

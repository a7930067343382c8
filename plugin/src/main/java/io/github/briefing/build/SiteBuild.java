package io.github.briefing.build;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.NounNames;
import io.github.briefing.cache.KeyedLines;
import io.github.briefing.cache.PageCache;
import io.github.briefing.cache.PairCache;
import io.github.briefing.cache.ReadCache;
import io.github.briefing.cache.SiteFiles;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.StoryGrouper;
import io.github.briefing.match.Match;
import io.github.briefing.match.PairFinder;
import io.github.briefing.match.ScoreMemory;
import io.github.briefing.read.Corpus;
import io.github.briefing.read.CorpusReader;
import io.github.briefing.read.Outlets;
import io.github.briefing.read.Problem;
import io.github.briefing.render.SiteRenderer;
import io.github.briefing.render.SiteWriteException;
import io.github.briefing.render.TemplateFailure;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs the pipeline: read, clean, describe, analyse, match, group, render. Knows nothing of Maven: the mojo and
 * tests call it alike. Input problems stop the build with all of them listed, unless the user asked to skip them.
 */
public final class SiteBuild {

    private static final String SEARCH_TERMS = "search-terms.tsv";
    private final BuildSettings settings;
    private final BuildLog log;

    public SiteBuild(BuildSettings settings, BuildLog log) {
        this.settings = settings;
        this.log = log;
    }

    /** Builds the site and returns what it holds. */
    public Briefing run() throws InvalidInputException {
        try (CacheSaves saves = new CacheSaves()) {
            return run(saves);
        } catch (SiteWriteException e) {
            IOException cause = e.getCause();
            Path where = cause instanceof FileSystemException refused && refused.getFile() != null
                    ? Path.of(refused.getFile()) : e.path();
            throw new InvalidInputException("Cannot write the site:", List.of(new Problem(where, 0,
                    "cannot be written: " + reason(cause), "Free space on that disk, make the folder writable"
                            + " or move what is in the way, or set briefing.output to another folder; then build again")));
        }
    }

    /** Why the file system refused, in words, without the path the problem names anyway. */
    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        } else if (e instanceof AccessDeniedException) {
            return "access denied";
        } else if (e instanceof FileSystemException refused) {
            return refused.getReason() != null ? refused.getReason() : e.getClass().getSimpleName();
        }
        return e.getMessage();
    }

    private Briefing run(CacheSaves saves) throws InvalidInputException {
        // A rebuild asks of every page whether the last build's file is there, and deletes what the new site no
        // longer holds: the last site is listed once, while the articles are read and matched.
        CompletableFuture<SiteFiles> lastSite = settings.cache() == null ? null
                : CompletableFuture.supplyAsync(() -> SiteFiles.of(settings.output()), beside("briefing-site-listing"));
        StageClock clock = new StageClock(log);
        List<String> notes = new ArrayList<>();
        // The analysed articles stay behind in this call: render needs the briefing only, and their word counts,
        // leads and spellings are a third of the heap at 100,000 articles.
        Grouped grouped = analyseAndGroup(notes, clock, saves);
        Briefing briefing = grouped.briefing();

        SiteRenderer renderer = new SiteRenderer(settings.templates(), grouped.outlets(),
                new SiteRenderer.SiteInfo(settings.title(), settings.baseUrl(), settings.generated(),
                        settings.exportText(), settings.pages(), notes));
        OutputFolder site = OutputFolder.prepare(settings.output());
        SiteFiles previous = lastSite == null ? null : listed(lastSite);
        PageCache pages = previous == null ? null : PageCache.open(settings.cache(), previous, renderer.context());
        KeyedLines searchTerms = grouped.searchTerms() == null ? null : grouped.searchTerms().join();
        List<String> written;
        try {
            SiteRenderer.Reuse reuse = pages == null ? SiteRenderer.Reuse.NONE
                    : new SiteRenderer.Reuse(pages, searchTerms, grouped.articleInputs(), () -> saves.start(
                            () -> keep(searchTerms::save, "search terms", "read every article into words again")));
            written = clock.time("render", () -> renderer.render(briefing, site.fresh(), reuse));
        } catch (TemplateFailure e) {
            abandon(site, e);
            throw new InvalidInputException("A template of yours failed; the previous site is as it was:",
                    List.of(new Problem(e.file(), e.line(), e.getMessage(),
                            "Fix the template, or remove it to use the theme's")));
        } catch (RuntimeException e) {
            abandon(site, e);
            throw e;
        }
        clock.time("write", () -> {
            StaticFiles.copy(settings.staticFiles(), site.fresh());
            site.commit(pages == null ? Set.of() : pages.kept(), previous);
            return null;
        });
        log.info("Wrote " + written.size() + " files to " + settings.output());
        if (pages != null) {
            log.info("Reused " + pages.hits() + " unchanged pages from the previous build");
            keep(pages::save, "page fingerprints", "render every page");
        }
        saves.finish();
        log.info("Stages: " + clock.summary());
        return briefing;
    }

    /** Runs a task on a thread of its own, named {@code name}, which does not hold the JVM open. */
    private static Executor beside(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        };
    }

    /** The last site's files, or the listing's failure. */
    private static SiteFiles listed(CompletableFuture<SiteFiles> listing) {
        try {
            return listing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    /** Deletes the unfinished site of a build that failed with {@code failure}. */
    private static void abandon(OutputFolder site, RuntimeException failure) {
        try {
            site.abandon();
        } catch (RuntimeException leftOver) {
            failure.addSuppressed(leftOver); // what failed the build is the news, not the folder left behind
        }
    }

    /**
     * What the stages before render leave it: the briefing, the outlets, and each article by identity to its
     * input's print ({@link #articleInputs}).
     */
    private record Grouped(Briefing briefing, Outlets outlets, Map<Article, String> articleInputs,
                           CompletableFuture<KeyedLines> searchTerms) {
    }

    /** Reads, analyses, matches and groups the articles; the pair scores are kept for the next build here. */
    private Grouped analyseAndGroup(List<String> notes, StageClock clock, CacheSaves saves)
            throws InvalidInputException {
        Analysed input = readAndAnalyse(notes, clock, saves);
        // With a cache, builds come in series (an edit loop): each confirms the names from the last one's.
        List<AnalysedArticle> analysed = clock.time("analyse",
                () -> NounNames.confirm(input.articles(), settings.cache() != null));

        PairCache pairs = settings.cache() == null ? null : PairCache.open(settings.cache(), input.inputs());
        List<Match> matches = clock.time("match", () -> new PairFinder().find(analysed,
                pairs == null ? ScoreMemory.NONE : pairs));
        if (pairs != null) {
            log.info("Reused " + pairs.recalled() + " of " + pairs.pairs() + " pair scores from the previous build");
            saves.start(() -> keep(pairs::save, "pair scores", "score every pair again"));
        }
        // Read beside the group stage, which keeps one core busy, rather than between it and render (18 MB at 10,000
        // articles); not earlier, as the match stage needs the heap at 100,000. On a thread of its own, not after the
        // saves started before it (the pair scores, 12 MB), which render waited for.
        CompletableFuture<KeyedLines> searchTerms = settings.cache() == null ? null
                : CompletableFuture.supplyAsync(() -> KeyedLines.open(settings.cache(), SEARCH_TERMS, ""),
                        beside("briefing-search-terms"));
        Briefing briefing = clock.time("group", () -> new StoryGrouper().group(analysed, matches));
        log.info("Found " + matches.size() + " matches and " + briefing.stories().size() + " stories");
        return new Grouped(briefing, input.outlets(), articleInputs(analysed, input.inputs()), searchTerms);
    }

    /** Each article as analysed, by identity, to its input's print (where the article cache knew it). */
    private static Map<Article, String> articleInputs(List<AnalysedArticle> analysed, Map<String, String> inputs) {
        Map<Article, String> known = new IdentityHashMap<>();
        analysed.forEach(a -> {
            String input = inputs.get(a.id());
            if (input != null) {
                known.put(a.article(), input);
            }
        });
        return known;
    }

    /** Something kept for the next build, which can fail only for want of a writable folder. */
    private interface Saving {
        void save() throws IOException;
    }

    private void keep(Saving saving, String what, String consequence) {
        try {
            saving.save();
        } catch (IOException e) {
            log.warn("Could not keep the " + what + " for the next build in " + settings.cache() + " ("
                    + e.getMessage() + "); this build is complete, the next one will " + consequence + ". Check that"
                    + " the folder is writable.");
        }
    }

    /** What the per-article stages leave: no raw text is held after them, nor was all of it ever held at once. */
    private record Analysed(List<AnalysedArticle> articles, Outlets outlets, Map<String, String> inputs) {
    }

    /** Reads the articles and runs the per-article stages on them. */
    private Analysed readAndAnalyse(List<String> notes, StageClock clock, CacheSaves saves)
            throws InvalidInputException {
        ArticleStages stages = new ArticleStages(clock, log, saves::start);
        stages.prepare();
        ReadMemory read = new ReadMemory(settings.cache() == null ? null
                : ReadCache.open(settings.cache(), settings.articles()));
        Corpus corpus = clock.time("read", () -> CorpusReader.read(settings.articles(), settings.sources(), read));
        corpus.ignored().forEach(path -> {
            String note = "Not an article file, left out: " + path + " (articles are .txt, .md, .json or .jsonl)";
            log.warn(note);
            notes.add(note);
        });
        checkProblems(corpus, notes);
        if (corpus.sound() == 0) {
            throw new InvalidInputException("No articles to build a briefing from in " + settings.articles(),
                    List.of(new Problem(settings.articles(), 0, "the folder holds no article files",
                            "Put .txt, .md, .json or .jsonl articles in it")));
        }
        log.info("Read " + corpus.sound() + " articles from " + settings.articles());
        List<Problem> changed = new ArrayList<>();
        List<AnalysedArticle> analysed = stages.run(corpus, read.shared(), settings.sources(), settings.cache(),
                read.keys(), changed);
        ReadCache files = read.cache();
        if (files != null) {
            log.info("Knew " + read.recalled() + " of " + corpus.articlesPerFile().size()
                    + " files by their bytes from the previous build");
            // The cache alone, not what read it: the corpus's line counts are not wanted once the articles are
            // cleaned, and the save runs beside the match stage, which needs the heap.
            saves.start(() -> keep(files::save, "files read", "decode every file again"));
        }
        if (!changed.isEmpty()) {
            throw new InvalidInputException(changed.size() + " problem(s) in files that changed while the site was "
                    + "built; fix them and build again:", changed);
        }
        return new Analysed(analysed, corpus.outlets(), stages.inputs());
    }

    /** Stops the build on any problem, or notes the files left out when the user asked to skip them. */
    private void checkProblems(Corpus corpus, List<String> notes) throws InvalidInputException {
        if (corpus.problems().isEmpty()) {
            return;
        }
        if (!settings.skipInvalid()) {
            throw new InvalidInputException(corpus.problems().size() + " problem(s) with the input; fix them, or "
                    + "build without those files with -Dbriefing.skipInvalid=true:", corpus.problems());
        }
        corpus.problems().forEach(p -> {
            String note = "Skipped: " + p;
            log.warn(note);
            notes.add(note);
        });
    }
}

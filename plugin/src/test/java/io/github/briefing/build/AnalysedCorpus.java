package io.github.briefing.build;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.read.Corpus;
import io.github.briefing.read.CorpusReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A folder of articles taken through the per-article stages as a build takes them, for benchmarks of later stages. */
public final class AnalysedCorpus {

    private AnalysedCorpus() {
    }

    public static List<AnalysedArticle> of(Path articles) {
        BuildLog quiet = RecordingLog.into(new ArrayList<>());
        SharedLines.Counter lines = new SharedLines.Counter();
        Corpus corpus = CorpusReader.read(articles, null, article -> lines.add(article.text()));
        return new ArticleStages(new StageClock(quiet), quiet, Runnable::run).run(corpus, lines.result(), null, null, null,
                new ArrayList<>());
    }
}

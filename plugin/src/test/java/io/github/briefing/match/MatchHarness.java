package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.AnchorExtractor;
import io.github.briefing.analyse.NounNames;
import io.github.briefing.clean.Cleaner;
import io.github.briefing.clean.SharedLines;
import io.github.briefing.describe.Describer;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.StoryGrouper;
import io.github.briefing.read.Corpus;
import io.github.briefing.read.CorpusReader;
import io.github.briefing.read.Problem;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Measurement only: runs the per-article stages and then match and group on corpus folders, and writes the part of
 * {@code briefing.json} the match scorer reads (articles' languages, matches) to OUT/NAME/briefing.json, much faster
 * than a full site build.
 * <pre>java -cp ... io.github.briefing.match.MatchHarness OUT CORPUS_FOLDER...</pre>
 * Each corpus folder holds {@code articles/}; NAME is the folder's name.
 */
public final class MatchHarness {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (int a = 1; a < args.length; a++) {
            Path corpusFolder = Path.of(args[a]);
            long start = System.nanoTime();
            AnchorExtractor extractor = new AnchorExtractor();
            List<AnalysedArticle> analysed = NounNames.confirm(described(corpusFolder, out).parallelStream()
                    .map(extractor::analyse).toList());
            long analysedAt = System.nanoTime();
            if (System.getProperty("show") != null) {
                for (String pair : System.getProperty("show").split(";")) {
                    show(analysed, List.of(pair.split(",")));
                }
            }
            if (System.getProperty("dump") != null) {
                StringBuilder tsv = new StringBuilder();
                Views views = Views.of(analysed);
                Views.Spread spread = views.spread();
                // Every candidate, also those under the reporting floor: why a pair was missed.
                java.util.Arrays.stream(PairFinder.candidates(views)).mapToObj(p -> PairScore.of(
                                (int) (p / analysed.size()), (int) (p % analysed.size()), spread, 0, null))
                        .forEach(p -> {
                            tsv.append(analysed.get(p.i()).id()).append('\t').append(analysed.get(p.j()).id());
                            for (double v : p.values()) {
                                tsv.append('\t').append(v);
                            }
                            tsv.append('\t').append(p.grade()).append('\n');
                        });
                Files.writeString(out.resolve(corpusFolder.getFileName() + ".tsv"), tsv);
            }
            List<Match> matches = new PairFinder().find(analysed);
            long matchedAt = System.nanoTime();
            Briefing briefing = new StoryGrouper().group(analysed, matches);
            System.err.printf(Locale.ROOT, "%s: analyse %.1f s, match %.2f s, %d matches%n", corpusFolder.getFileName(),
                    (analysedAt - start) / 1e9, (matchedAt - analysedAt) / 1e9, matches.size());
            StringBuilder json = new StringBuilder("{\"articles\":[");
            briefing.articles().forEach(x -> json.append("{\"id\":\"").append(x.id()).append("\",\"lang\":\"")
                    .append(x.lang()).append("\"},"));
            json.setLength(json.length() - 1);
            json.append("],\"matches\":[");
            briefing.matches().forEach(m -> json.append(String.format(Locale.ROOT,
                    "{\"a\":\"%s\",\"b\":\"%s\",\"score\":%s,\"relation\":\"%s\"},", m.a(), m.b(), m.score(),
                    m.relation().label())));
            if (!briefing.matches().isEmpty()) {
                json.setLength(json.length() - 1);
            }
            json.append("]}");
            Path folder = out.resolve(corpusFolder.getFileName().toString());
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("briefing.json"), json);
        }
    }

    /** Debugging: two articles' anchors and pair scores. */
    private static void show(List<AnalysedArticle> analysed, List<String> ids) {
        List<AnalysedArticle> two = analysed.stream().filter(x -> ids.stream().anyMatch(x.id()::startsWith)).toList();
        two.forEach(x -> System.err.println(x.id() + " " + x.article().lang() + " " + x.anchors() + " order="
                + x.order() + " skel=" + x.skeletons()));
        if (two.size() == 2) {
            Views views = Views.of(analysed);
            int i = analysed.indexOf(two.get(0));
            int j = analysed.indexOf(two.get(1));
            System.err.println(PairScore.of(i, j, views, 0) + " shared=" + views.anchors().shared(i, j));
        }
    }

    /** The described articles, kept in OUT/NAME.articles: clean and describe are not what is measured here. */
    static List<Article> described(Path corpusFolder, Path out) throws IOException {
        Path cache = out.resolve(corpusFolder.getFileName() + ".articles");
        if (Files.exists(cache)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
                int n = in.readInt();
                List<Article> articles = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String id = str(in);
                    String file = str(in);
                    String lang = str(in);
                    String title = str(in);
                    boolean derived = in.readBoolean();
                    String date = str(in);
                    String basis = str(in);
                    articles.add(new Article(id, file == null ? null : Path.of(file), lang, title, derived,
                            date == null ? null : LocalDate.parse(date), basis == null ? null : DateBasis.valueOf(basis),
                            str(in), str(in), str(in), strs(in), str(in), str(in), strs(in), strs(in)));
                }
                return articles;
            }
        }
        SharedLines.Counter lines = new SharedLines.Counter();
        Corpus corpus = CorpusReader.read(corpusFolder.resolve("articles"), null, r -> lines.add(r.text()));
        Cleaner cleaner = new Cleaner(lines.result());
        Describer describer = new Describer(corpus.outlets());
        List<Problem> changed = new ArrayList<>();
        List<Article> articles = corpus.soundFiles().parallelStream()
                .flatMap(file -> corpus.reread(file, changed).stream())
                .map(r -> describer.describe(cleaner.clean(r))).toList();
        Files.createDirectories(out);
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
            o.writeInt(articles.size());
            for (Article a : articles) {
                put(o, a.id());
                put(o, a.file() == null ? null : a.file().toString());
                put(o, a.lang());
                put(o, a.title());
                o.writeBoolean(a.titleDerived());
                put(o, a.date() == null ? null : a.date().toString());
                put(o, a.dateBasis() == null ? null : a.dateBasis().name());
                put(o, a.dateline());
                put(o, a.outlet());
                put(o, a.outletBasis());
                puts(o, a.wires());
                put(o, a.author());
                put(o, a.url());
                puts(o, a.paragraphs());
                puts(o, a.captions());
            }
        }
        return articles;
    }

    private static void put(DataOutputStream o, String s) throws IOException {
        o.writeBoolean(s != null);
        if (s != null) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            o.writeInt(b.length);
            o.write(b);
        }
    }

    private static void puts(DataOutputStream o, List<String> list) throws IOException {
        o.writeInt(list.size());
        for (String s : list) {
            put(o, s);
        }
    }

    private static String str(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    private static List<String> strs(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(str(in));
        }
        return list;
    }
}

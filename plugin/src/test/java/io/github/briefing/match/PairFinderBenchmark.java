package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.LeadFigure;
import io.github.briefing.analyse.Spelling;
import io.github.briefing.build.AnalysedCorpus;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Times {@link PairFinder} on synthetic corpora of 5,000, 10,000 and 20,000 analysed articles (a benchmark, not a
 * test): stories told in two to five articles in several languages, one wire story run by 300 outlets, and the
 * rest single articles, with anchors and words drawn from Zipf-like vocabularies as in real news. Headlines and first
 * paragraphs are spelled in each language's letters (Cyrillic and katakana transliterated, Latin accents taken off).
 * With {@code --articles DIR...}, times real corpora instead (such as {@code bench/run}'s, whose copies of one article
 * are near-duplicates as wire copies are): the first run, as a build meets it (the JIT still compiling the stage),
 * and the best of three after it.
 * Run: {@code java -cp plugin/target/classes:plugin/target/test-classes:DEPS io.github.briefing.match.PairFinderBenchmark [sizes | --articles DIR...]}
 */
public final class PairFinderBenchmark {

    private static final String[] LANGS = {"en", "de", "fr", "ru", "ja", "id"};
    private static final int WIRE_COPIES = 300;
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--articles")) {
            for (String folder : java.util.Arrays.copyOfRange(args, 1, args.length)) {
                List<AnalysedArticle> corpus = AnalysedCorpus.of(java.nio.file.Path.of(folder));
                System.out.printf("%s: first run %s; best of 3 after it %s%n", folder, time(corpus, 1), time(corpus, 3));
            }
            return;
        }
        int[] sizes = args.length == 0 ? new int[] {5_000, 10_000, 20_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        new PairFinder().find(corpus(2_000, new Random(1))); // warm up the JIT
        for (int n : sizes) {
            List<AnalysedArticle> corpus = corpus(n, new Random(n));
            System.out.printf("%s (best of 3)%n", time(corpus, 3));
        }
    }

    /** The best time of {@code runs} matchings of the corpus. */
    private static String time(List<AnalysedArticle> corpus, int runs) {
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        int matches = 0;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpu = CPU.getProcessCpuTime();
            matches = new PairFinder().find(corpus).size();
            best = Math.min(best, System.nanoTime() - start);
            bestCpu = Math.min(bestCpu, CPU.getProcessCpuTime() - cpu);
        }
        // CPU time shows the cost when other processes share the machine; wall time is what a user waits.
        return String.format("%,d articles, %,d ms wall, %,d ms CPU, %,d matches", corpus.size(), best / 1_000_000,
                bestCpu / 1_000_000, matches);
    }

    static List<AnalysedArticle> corpus(int n, Random random) {
        List<AnalysedArticle> articles = new ArrayList<>(n);
        Story wire = new Story(random);
        for (int i = 0; i < WIRE_COPIES && articles.size() < n; i++) {
            articles.add(wire.article("w" + i, "en", random, 0.9));
        }
        while (articles.size() < n) {
            Story story = new Story(random);
            int tellings = random.nextDouble() < 0.4 ? 2 + random.nextInt(4) : 1;
            for (int t = 0; t < tellings && articles.size() < n; t++) {
                articles.add(story.article("a" + articles.size(), LANGS[random.nextInt(LANGS.length)], random, 0.7));
            }
        }
        return articles;
    }

    /** What the tellings of one story share: its anchors and (per language) its words. */
    private record Story(List<String> names, List<String> places, List<String> numbers, List<String> words) {

        Story(Random random) {
            this(draw(random, "name", 15, 20_000), draw(random, "", 4, 250), draw(random, "", 8, 100_000),
                    draw(random, "w", 200, 60_000));
        }

        AnalysedArticle article(String id, String lang, Random random, double keep) {
            Set<String> n = sample(names, keep, random);
            Set<String> p = sample(places, keep, random);
            Set<String> num = sample(numbers, keep, random);
            Map<String, Integer> terms = new HashMap<>();
            sample(words, keep, random).forEach(w -> terms.put(lang + w, 1));
            draw(random, lang + "w", 100, 60_000).forEach(w -> terms.merge(w, 1, Integer::sum));
            List<String> order = new ArrayList<>();
            n.forEach(x -> order.add("n:" + x));
            num.forEach(x -> order.add("#:" + x));
            LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(365));
            List<String> said = new ArrayList<>(words);
            Collections.shuffle(said, random);
            Article article = new Article(id, null, lang, spelled(lang, said.subList(0, 8)), false, date,
                    DateBasis.METADATA, null, null, null, List.of(), null, null,
                    List.of(spelled(lang, said.subList(8, 48)), "p2", "p3"), List.of());
            return new AnalysedArticle(article, new Anchors(n, p, num, Set.of(date.toString()), Set.of()), order,
                    Set.of(), terms, terms.keySet().stream().limit(40)
                    .collect(Collectors.toMap(w -> "w:" + w, terms::get)), List.of(), Spelling.of(article),
                    LeadFigure.of(article));
        }

        /** Words as a language writes them: each digit of a drawn word as a letter of the language's alphabet. */
        private static String spelled(String lang, List<String> words) {
            String letters = ALPHABETS.get(lang);
            return words.stream().map(w -> w.replaceAll("\\D", "").chars()
                    .mapToObj(c -> String.valueOf(letters.charAt(c - '0'))).collect(Collectors.joining()))
                    .collect(Collectors.joining(" "));
        }

        private static final Map<String, String> ALPHABETS = Map.of("en", "bcdfghklmn", "de", "äöübcdfghk",
                "fr", "éèàçbcdfgh", "ru", "бвгдклмнпр", "ja", "カキクケコサシスセソ", "id", "bcdfghklmn");

        private static Set<String> sample(List<String> from, double keep, Random random) {
            Set<String> kept = new HashSet<>();
            from.stream().filter(x -> random.nextDouble() < keep).forEach(kept::add);
            return kept;
        }

        /** Zipf-like draws: rank r with odds about 1/r, so a few values are common and most are rare. */
        private static List<String> draw(Random random, String prefix, int count, int vocabulary) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                values.add(prefix + (int) Math.pow(vocabulary, random.nextDouble()));
            }
            return values;
        }
    }
}

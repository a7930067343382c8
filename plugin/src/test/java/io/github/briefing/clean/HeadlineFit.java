package io.github.briefing.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefing.read.CorpusReader;
import io.github.briefing.read.RawArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fits the weights of {@link HeadlineFeature} (a conditional logit over each page's candidate lines) on a corpus
 * whose headlines are known, such as the extraction dev corpus (a folder of page texts and a gold.json with
 * {@code {"articles": {id: {"title": ..., "source": ...}}}}). Not a test: run it by hand after changing a feature,
 * from the plugin folder after {@code test-compile}:
 * <pre>
 * java -cp target/classes:target/test-classes:JACKSON_JARS io.github.briefing.clean.HeadlineFit ARTICLES GOLD.json [TEXTS]
 * </pre>
 * TEXTS, optional, is a folder of clean article texts whose first line is the headline (such as the wmt21 dev
 * corpus): the fit sees them too, so that weights learnt on scraped pages do not pick a photo caption or the lead of a
 * text that has no page around it. They are reported as source "first line" and each counts a tenth of a page in the
 * fit ({@code -DtextWeight=0.1}): at 0.3 the fit kept 0.899 of wmt21's first lines but 0.753 of the pages' headlines,
 * at 0.1 0.889 and 0.759, at 0.03 the same held-out halves as at 0.1.
 * It prints how often the current weights pick a right line, the same for weights fitted on even-indexed pages and
 * tried on odd ones (and the other way round) so that a feature that only learns the pages shows, the pages right when
 * each fifth is tried with weights fitted on the other four (five-fold cross-validation), then the weights
 * fitted on all pages, ready to paste into {@link HeadlineFeature}. {@code -Donly=A,B} fits only the named features
 * (a new one, say), the others keeping their weights, so that pages the new feature does not touch keep their pick;
 * its halves are then no longer held out, since the kept weights were fitted on every page.
 * A line is right as the scorer counts it: the same
 * words as the gold headline, or one inside the other with at most half as many words again.
 */
public final class HeadlineFit {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int STEPS = 10_000;
    private static final int FOLDS = 5;
    private static final String FIRST_LINE = "first line";
    private static final double TEXT_WEIGHT = Double.parseDouble(System.getProperty("textWeight", "0.1"));
    private static final double RATE = 0.5;
    private static final List<String> DROPPED = System.getProperty("drop", "").isBlank() ? List.of()
            : List.of(System.getProperty("drop").split(","));
    /** Features named in {@code -Donly=A,B} are fitted alone, the others keeping their current weights. */
    private static final List<String> ONLY = System.getProperty("only", "").isBlank() ? List.of()
            : List.of(System.getProperty("only").split(","));
    /**
     * A little L2 keeps rarely-set features from taking large weights; more (0.001, 0.01) lowered the held-out half
     * too (0.65-0.68 against 0.67-0.70).
     */
    private static final double RIDGE = 0.0001;

    private HeadlineFit() {
    }

    /** One page: its candidates' features, which of them are right, and the page's source (for subsets). */
    record Page(String id, String source, List<double[]> features, boolean[] right) {

        boolean answerable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Page> scraped = pages(Path.of(args[0]), new ObjectMapper().readTree(Path.of(args[1]).toFile()));
        List<Page> texts = args.length > 2 ? firstLinePages(Path.of(args[2])) : List.of();
        List<Page> pages = new ArrayList<>(scraped);
        pages.addAll(texts);
        double[] current = new double[HeadlineFeature.values().length];
        for (HeadlineFeature f : HeadlineFeature.values()) {
            current[f.ordinal()] = f.weight;
        }
        List<Page> even = new ArrayList<>();
        List<Page> odd = new ArrayList<>();
        for (List<Page> corpus : List.of(scraped, texts)) {
            for (int i = 0; i < corpus.size(); i++) {
                (i % 2 == 0 ? even : odd).add(corpus.get(i));
            }
        }
        System.out.printf("pages %d, with a right candidate %d; texts %d, with a right candidate %d%n", scraped.size(),
                scraped.stream().filter(Page::answerable).count(), texts.size(),
                texts.stream().filter(Page::answerable).count());
        report("current weights", current, pages);
        double[] onEven = fit(even);
        double[] onOdd = fit(odd);
        report("fitted on even, tried on odd", onEven, odd);
        report("fitted on odd, tried on even", onOdd, even);
        System.out.printf("five-fold held-out: pages %d of %d right%n", heldOut(scraped, texts), scraped.size());
        double[] all = fit(pages);
        report("fitted on all", all, pages);
        for (HeadlineFeature f : HeadlineFeature.values()) {
            System.out.printf(Locale.ROOT, "    %s(%.2f),%n", f.name(), all[f.ordinal()]);
        }
    }

    /**
     * How many scraped pages a fit on the other four fifths picks right, over five folds: the halves move by a page or
     * two for almost any change, a sum over folds that each hold out fewer pages moves less.
     */
    private static int heldOut(List<Page> scraped, List<Page> texts) {
        int hits = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Page> training = new ArrayList<>();
            List<Page> held = new ArrayList<>();
            for (List<Page> corpus : List.of(scraped, texts)) {
                for (int i = 0; i < corpus.size(); i++) {
                    (i % FOLDS == fold ? held : training).add(corpus.get(i));
                }
            }
            List<Page> heldPages = held.stream().filter(p -> !p.source().equals(FIRST_LINE)).toList();
            hits += (int) Math.round(accuracy(fit(training), heldPages) * heldPages.size());
        }
        return hits;
    }

    /** The features with those named in {@code -Ddrop=A,B} set to 0, to see what a fit loses without them. */
    private static double[] withoutDropped(double[] features) {
        for (String name : DROPPED) {
            features[HeadlineFeature.valueOf(name).ordinal()] = 0;
        }
        return features;
    }

    /** Accuracy on scraped pages (all of them, then by source of their gold) and on first-line texts. */
    private static void report(String what, double[] w, List<Page> pages) {
        Map<String, List<Page>> bySource = new TreeMap<>();
        pages.forEach(p -> bySource.computeIfAbsent(p.source(), s -> new ArrayList<>()).add(p));
        List<Page> scraped = pages.stream().filter(p -> !p.source().equals(FIRST_LINE)).toList();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: pages %.3f", what, accuracy(w, scraped)));
        bySource.forEach((source, ps) -> line.append(String.format(Locale.ROOT, ", %s %.3f", source, accuracy(w, ps))));
        System.out.println(line);
    }

    /** The pages of a corpus with known headlines, each with the source its gold came from. */
    static List<Page> pages(Path articles, JsonNode gold) {
        return pages(articles, (raw, layout) -> {
            JsonNode g = gold.path("articles").path(raw.id());
            return g.path("title").isTextual() ? new String[] {g.path("title").asText(), g.path("source").asText()} : null;
        });
    }

    /** The texts of a folder whose first line is the headline. */
    static List<Page> firstLinePages(Path texts) {
        return pages(texts, (raw, layout) -> layout.page().isEmpty() ? null
                : new String[] {layout.page().get(0), FIRST_LINE});
    }

    /** The pages of a folder, with the headline and subset name {@code gold} gives each (null leaves it out). */
    private static List<Page> pages(Path articles, BiFunction<RawArticle, Cleaner.Layout, String[]> gold) {
        List<RawArticle> raws = Collections.synchronizedList(new ArrayList<>());
        CorpusReader.read(articles, null, raws::add);
        raws.sort((a, b) -> a.id().compareTo(b.id()));
        Cleaner cleaner = new Cleaner(SharedLines.of(raws));
        List<Page> pages = new ArrayList<>();
        for (RawArticle raw : raws) {
            Cleaner.Layout layout = cleaner.layout(raw);
            String[] known = gold.apply(raw, layout);
            if (known == null) {
                continue;
            }
            List<String> page = layout.page();
            List<Headlines.Candidate> candidates = Headlines.candidates(page, layout.span().start(),
                    layout.span().end(), layout.onPage(), cleaner.shared(), Headlines.Memos.NONE);
            boolean[] right = new boolean[candidates.size()];
            List<double[]> features = new ArrayList<>();
            for (int i = 0; i < right.length; i++) {
                String line = LineFeatures.withoutLeadingDate(page.get(candidates.get(i).line()));
                right[i] = lenientMatch(known[0], line);
                features.add(withoutDropped(candidates.get(i).features()));
            }
            pages.add(new Page(raw.id(), known[1], features, right));
        }
        return pages;
    }

    /** The share of pages whose best-weighted candidate is right (pages with no candidate right count as misses). */
    static double accuracy(double[] w, List<Page> pages) {
        int hits = 0;
        for (Page p : pages) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.right().length; i++) {
                double s = dot(w, p.features().get(i));
                if (s > bestScore) {
                    bestScore = s;
                    best = i;
                }
            }
            hits += best >= 0 && p.right()[best] ? 1 : 0;
        }
        return pages.isEmpty() ? 0 : (double) hits / pages.size();
    }

    /**
     * Maximises the mean log chance of the right lines, log(sum over right of e^s / sum over all of e^s), by
     * gradient ascent, over the pages where some candidate is right.
     */
    static double[] fit(List<Page> pages) {
        int n = HeadlineFeature.values().length;
        double[] w = new double[n];
        boolean[] free = new boolean[n];
        for (HeadlineFeature f : HeadlineFeature.values()) {
            free[f.ordinal()] = ONLY.isEmpty() || ONLY.contains(f.name());
            w[f.ordinal()] = free[f.ordinal()] ? 0 : f.weight;
        }
        List<Page> usable = pages.stream().filter(Page::answerable).toList();
        for (int step = 0; step < STEPS; step++) {
            double[] gradient = new double[n];
            for (Page p : usable) {
                double weight = p.source().equals(FIRST_LINE) ? TEXT_WEIGHT : 1;
                int k = p.right().length;
                double[] e = new double[k];
                double max = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < k; i++) {
                    e[i] = dot(w, p.features().get(i));
                    max = Math.max(max, e[i]);
                }
                double all = 0;
                double right = 0;
                for (int i = 0; i < k; i++) {
                    e[i] = Math.exp(e[i] - max);
                    all += e[i];
                    right += p.right()[i] ? e[i] : 0;
                }
                for (int i = 0; i < k; i++) {
                    double[] x = p.features().get(i);
                    double share = (p.right()[i] ? e[i] / right : 0) - e[i] / all;
                    for (int j = 0; j < n; j++) {
                        gradient[j] += weight * share * x[j];
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                w[j] += free[j] ? RATE * (gradient[j] / usable.size() - RIDGE * w[j]) : 0;
            }
        }
        return w;
    }

    private static double dot(double[] w, double[] x) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[j];
        }
        return s;
    }

    /** The scorer's lenient title match: same words, or one run of words inside the other with at most 50% more. */
    static boolean lenientMatch(String gold, String line) {
        List<String> g = words(gold);
        List<String> p = words(line);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        List<String> shorter = g.size() <= p.size() ? g : p;
        List<String> longer = g.size() <= p.size() ? p : g;
        return longer.size() <= 1.5 * shorter.size() && Collections.indexOfSubList(longer, shorter) >= 0;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(s, Normalizer.Form.NFC));
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }
}

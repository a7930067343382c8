package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Anchors;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Articles as sparse vectors of features weighted by rarity in the corpus (IDF) and by kind, with their norms:
 * one set for the language-independent anchors, one for the words. Features are numbered and each vector is kept
 * sorted by number, so a cosine is one merge of two arrays.
 */
final class FeatureVectors {

    /** The feature names by number ("n:guaid", "#:1000"). */
    final List<String> names;
    /** How many articles hold each feature. */
    final int[] df;
    final int[][] ids;
    final double[] norms;
    /** Whether a feature is of a kind every script writes alike (numbers, dates, places, acronyms). */
    private final boolean[] scriptFree;
    /** Norms over the script-free features only. */
    private final double[] scriptFreeNorms;
    /**
     * A hash of each feature's name, for {@link #print}: read for every feature of every article. The hash of the
     * name as listed, without the prefix all of its view's features share ({@link Numbered#hashes}).
     */
    private final int[] nameHashes;
    /** Each feature's rarity in the corpus ({@link #rarity(int, int)}): a factor of its weight in every article. */
    private final double[] rarity;
    /**
     * The weights the features were given (their kind's, times how often an article has them), each once, ascending:
     * a few hundred values at most. Null when every feature was given 1.
     */
    private final double[] givenWeights;
    /**
     * Each article's features' given weights, as places in {@link #givenWeights}, in the order of {@link #ids}. A
     * weight is its given weight times its rarity, computed when read rather than held: an article's weights as
     * numbers of their own, one per feature in every view, were most of the match stage's heap at 100,000 articles.
     */
    private final int[][] given;

    /**
     * The numbering the vectors were made from: an article listed with the same weights array as in the last build's
     * has the same features in the same order ({@link KeptVectors}).
     */
    private final Numbered numbered;
    /** Each article's {@link #print}, made with the vectors when they are kept for the next build; else null. */
    private final long[] prints;
    private static final AtomicLong MADE = new AtomicLong();
    /** Which vectors these are, among those made in this process ({@link #unchangedSince}). */
    private final long serial = MADE.incrementAndGet();
    /** The {@link #serial} of the last build's vectors these were made from, or 0. */
    private final long since;
    /** Whether each article's vector is, to the bit, its vector in the vectors numbered {@link #since}. */
    private final boolean[] unchanged;

    /**
     * @param given each article's weight for each of its features (sorted by number): their kind's, times how
     *              often the article has them; rarity in the corpus is applied here. Null: 1 for every feature.
     *              Made from the article's listed weights ({@link Numbered#given}), and asked for only where an
     *              article's vector is not the last build's.
     * @param kept  the view's vectors of the last build, to take each unchanged article's from and to keep these
     *              in; null makes every article's afresh
     */
    private FeatureVectors(Numbered numbered, IntFunction<double[]> given, KeptVectors kept) {
        this.numbered = numbered;
        names = numbered.names;
        ids = numbered.ids;
        df = numbered.df;
        int n = ids.length;
        scriptFree = new boolean[names.size()];
        nameHashes = numbered.hashes;
        rarity = new double[names.size()];
        for (int f = 0; f < scriptFree.length; f++) {
            scriptFree[f] = SCRIPT_FREE.indexOf(numbered.kind(f)) >= 0;
            rarity[f] = rarity(n, df[f]);
        }
        FeatureVectors before = kept == null ? null : kept.last(n);
        boolean[] same = new boolean[n];
        if (before != null && (given == null) == (before.given == null)) {
            IntStream.range(0, n).parallel().forEach(i -> same[i] = same(before, numbered, rarity, i));
        }
        since = before == null ? 0 : before.serial;
        unchanged = same;
        double[][] weights = new double[n][];
        if (given != null) {
            IntStream.range(0, n).parallel().filter(i -> !same[i]).forEach(i -> weights[i] = given.apply(i));
        }
        givenWeights = given == null ? null : distinct(weights, same, before);
        int[] moved = given == null ? null : moved(before, givenWeights);
        this.given = given == null ? null : new int[n][];
        norms = new double[n];
        scriptFreeNorms = new double[n];
        prints = kept == null ? null : new long[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            if (same[i]) {
                if (given != null) {
                    this.given[i] = moved == null ? before.given[i] : Arrays.stream(before.given[i])
                            .map(p -> moved[p]).toArray();
                }
                norms[i] = before.norms[i];
                scriptFreeNorms[i] = before.scriptFreeNorms[i];
                prints[i] = before.prints[i];
                return;
            }
            if (given != null) {
                this.given[i] = new int[ids[i].length];
                for (int k = 0; k < ids[i].length; k++) {
                    this.given[i][k] = Arrays.binarySearch(givenWeights, weights[i][k]);
                }
            }
            double sum = 0;
            double free = 0;
            for (int k = 0; k < ids[i].length; k++) {
                double w = weight(i, k);
                sum += w * w;
                free += scriptFree[ids[i][k]] ? w * w : 0;
            }
            norms[i] = Math.sqrt(sum);
            scriptFreeNorms[i] = Math.sqrt(free);
            if (prints != null) {
                prints[i] = printOf(i);
            }
        });
        if (kept != null) {
            kept.keep(this);
        }
    }

    /**
     * Whether article i's vector in {@code before} is its vector now, to the bit: it was listed with the same weights
     * array (so with the same features in the same order), and each of its features is as rare as then.
     */
    private static boolean same(FeatureVectors before, Numbered now, double[] rarity, int i) {
        if (now.given[i] != before.numbered.given[i]) {
            return false;
        }
        int[] x = now.ids[i];
        int[] y = before.ids[i];
        for (int k = 0; k < x.length; k++) {
            if (rarity[x[k]] != before.rarity[y[k]]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether article i is listed here as in {@code before}: the same features in the same order, their numbers and
     * rarities as they may be (a kept numbering hands an unchanged article's weights array on only then,
     * {@link KeptNumbering}).
     */
    boolean listedAsIn(FeatureVectors before, int i) {
        return numbered.given[i] == before.numbered.given[i];
    }

    /** Which vectors these are, among those made in this process. */
    long serial() {
        return serial;
    }

    /**
     * Whether article i's vector is, to the bit, article i's vector in the vectors numbered {@code serial}
     * ({@link #serial()}), the last build's.
     */
    boolean unchangedSince(long serial, int i) {
        return serial == since && unchanged[i];
    }

    /** Whether articles i and j have one vector: the same features, with the same weights. */
    boolean sameVector(int i, int j) {
        return Arrays.equals(ids[i], ids[j]) && (given == null || Arrays.equals(given[i], given[j]));
    }

    /** About how many bytes of the heap the vectors hold, with the numbering they were made from. */
    long heldBytes() {
        long perFeature = Integer.BYTES + Double.BYTES + (given == null ? 0 : Integer.BYTES);
        return features(ids) * perFeature + (long) ids.length * 4 * Long.BYTES;
    }

    /** How many features the articles have in all. */
    private static long features(int[][] ids) {
        long features = 0;
        for (int[] vector : ids) {
            features += vector.length;
        }
        return features;
    }

    /** The weight of article i's k-th feature: the weight it was given times the feature's rarity. */
    double weight(int i, int k) {
        double r = rarity[ids[i][k]];
        return given == null ? r : givenWeights[given[i][k]] * r;
    }

    /**
     * The weights given, each once, ascending: those of the articles weighed afresh ({@code weights}), and those of
     * the articles whose vectors are {@code before}'s ({@code same}), read from the places they held then.
     */
    private static double[] distinct(double[][] weights, boolean[] same, FeatureVectors before) {
        DoubleStream fresh = Arrays.stream(weights).parallel().filter(Objects::nonNull)
                .flatMapToDouble(v -> Arrays.stream(distinct(v)));
        if (before == null || before.givenWeights == null) {
            return distinct(fresh.toArray());
        }
        boolean[] used = new boolean[before.givenWeights.length];
        IntStream.range(0, same.length).parallel().filter(i -> same[i]).forEach(i -> {
            for (int place : before.given[i]) {
                used[place] = true;
            }
        });
        DoubleStream kept = IntStream.range(0, used.length).filter(p -> used[p]).mapToDouble(p -> before.givenWeights[p]);
        return distinct(DoubleStream.concat(fresh, kept).toArray());
    }

    /**
     * Where each of {@code before}'s given weights is in {@code givenWeights}; null when they are the same, and so
     * are the places.
     */
    private static int[] moved(FeatureVectors before, double[] givenWeights) {
        if (before == null || before.givenWeights == null || Arrays.equals(before.givenWeights, givenWeights)) {
            return null;
        }
        return Arrays.stream(before.givenWeights).mapToInt(w -> Arrays.binarySearch(givenWeights, w)).toArray();
    }

    private static double[] distinct(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int size = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (size == 0 || Double.compare(sorted[size - 1], sorted[k]) != 0) {
                sorted[size++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, size);
    }

    /** Steps of rarity per unit of its logarithm: finer than any difference of weight that changes a match. */
    static final double RARITY_STEPS = 32;
    /**
     * Steps for a common feature, one whose rarity is below {@link #COMMON_BELOW} (held by more than about one
     * article in 55): each step it crosses changes the vectors of all the articles that hold it, hundreds or
     * thousands, and every score of their pairs.
     */
    static final double COMMON_STEPS = 8;
    /** A value on both grids, so that rarity never falls as a feature gets rarer. */
    static final double COMMON_BELOW = 4;

    /**
     * How rare a feature held by {@code df} of {@code n} articles is: log(1 + n / df), rounded to a step of
     * 1/{@link #RARITY_STEPS} (1/{@link #COMMON_STEPS} for a common feature), with n taken to two significant
     * digits. An edit or a new article moves the counts of its own features by one, which changes the rarity of a
     * common word only when it crosses a step, so the vectors of most other articles stay as they were to the bit,
     * and so do the scores of their pairs, which the pair cache then reuses: with exact rarities one edited paragraph
     * of common words changed the weights of most articles in its language, and most pair scores had to be computed
     * again. With steps of 1/32 for all, one edit of the 10,000-article benchmark in two still crossed a step of a
     * word held by hundreds of articles, and a third of the pair scores were computed again (docs/performance-log.md).
     */
    static double rarity(int n, int df) {
        int scale = 1;
        while (n / scale >= 100) {
            scale *= 10;
        }
        double exact = Math.log(1 + (double) (n / scale * scale) / df);
        double steps = exact >= COMMON_BELOW ? RARITY_STEPS : COMMON_STEPS;
        return Math.round(steps * exact) / steps;
    }

    private FeatureVectors(Numbered numbered, KeptVectors kept) {
        this(numbered, i -> numbered.given[i], kept);
    }

    /**
     * Each article's features numbered, by first appearance in article order (so a build numbers alike whatever
     * the threads do), each vector sorted by number so that a cosine is one merge.
     *
     * @param kind   the prefix all the features' names share (their kind), or "" when they are of several kinds
     * @param hashes each feature's hash: of its name as listed, without {@code kind}, or its code
     * @param given  the weights the features were listed with, in the same order as {@code ids}
     */
    record Numbered(List<String> names, String kind, int[] hashes, int[] df, int[][] ids, double[][] given) {

        /** About how many bytes of the heap the numbering holds: a number and a weight per feature of every article. */
        long bytes() {
            return features(ids) * (Integer.BYTES + Double.BYTES);
        }

        /** The kind of feature f: the first letter of its name. */
        char kind(int f) {
            return kind.isEmpty() ? names.get(f).charAt(0) : kind.charAt(0);
        }

        /**
         * The names with their kind's prefix, made when one is read: a view of one kind (the words) has hundreds of
         * thousands, read only to show a few.
         */
        static List<String> named(List<String> listed, String kind) {
            return kind.isEmpty() ? listed : new AbstractList<>() {
                @Override
                public String get(int f) {
                    return kind + listed.get(f);
                }

                @Override
                public int size() {
                    return listed.size();
                }
            };
        }

        static <T> Numbered of(List<T> items, Function<T, Listed> features, KeptNumbering<T> kept) {
            return of(items, features, "", kept);
        }

        /**
         * Listing, numbering and sorting run in parallel: each stretch of articles numbers its names alone, and
         * then each stretch's names new to those before it are numbered after theirs, so that the numbers are by
         * first appearance in article order as one pass would give them, whatever the threads do.
         *
         * @param kind the prefix that names features all of one kind, given once per feature rather than listed
         *             with each use
         */
        static <T> Numbered of(List<T> items, Function<T, Listed> features, String kind, KeptNumbering<T> kept) {
            Numbered since = kept == null ? null : kept.since(items, features, kind);
            if (since != null) {
                return since;
            }
            List<Listed> listed = items.parallelStream().map(features).toList();
            int n = listed.size();
            int stretches = Math.max(1, Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1));
            List<Stretch> numbered = IntStream.range(0, stretches).parallel()
                    .mapToObj(s -> new Stretch(listed, s * n / stretches, (s + 1) * n / stretches)).toList();
            // The first stretch's numbers are already the corpus's: the others are numbered on after its names.
            Stretch first = numbered.get(0);
            Numbering number = first.number;
            List<String> names = first.names;
            int[] hashes = first.hashes;
            int[] firstArticle = first.firstArticle;
            int[] firstPlace = first.firstPlace;
            int[][] unsorted = new int[n][];
            System.arraycopy(first.ids, 0, unsorted, 0, first.ids.length);
            for (Stretch stretch : numbered.subList(1, stretches)) {
                int[] global = new int[stretch.names.size()];
                for (int local = 0; local < global.length; local++) {
                    String name = stretch.names.get(local);
                    global[local] = number.number(name, stretch.hashes[local]);
                    if (global[local] == names.size()) {
                        hashes = with(hashes, names.size(), stretch.hashes[local]);
                        firstArticle = with(firstArticle, names.size(), stretch.firstArticle[local]);
                        firstPlace = with(firstPlace, names.size(), stretch.firstPlace[local]);
                        names.add(name);
                    }
                }
                IntStream.range(stretch.from, stretch.to).parallel().forEach(i -> {
                    int[] ids = stretch.ids[i - stretch.from];
                    for (int k = 0; k < ids.length; k++) {
                        ids[k] = global[ids[k]];
                    }
                    unsorted[i] = ids;
                });
            }
            int size = names.size();
            Numbered result = sorted(named(names, kind), kind, Arrays.copyOf(hashes, size), unsorted,
                    i -> listed.get(i).weights);
            if (kept != null) {
                kept.keep(items, new KeptNumbering.Features(names, result.hashes, Arrays.copyOf(firstArticle, size),
                        Arrays.copyOf(firstPlace, size), number), result);
            }
            return result;
        }

        /** {@code hashes} with {@code hash} at {@code at}: the same array, or a larger copy when it is full. */
        private static int[] with(int[] hashes, int at, int hash) {
            int[] room = at < hashes.length ? hashes : Arrays.copyOf(hashes, Math.max(16, 2 * at));
            room[at] = hash;
            return room;
        }

        /** About one listed name in this many is new to its stretch of articles (features recur). */
        private static final int DISTINCT_SHARE = 16;

        /** The names of articles {@code from} to {@code to} numbered by first appearance among them only. */
        private static final class Stretch {
            final int from;
            final int to;
            final List<String> names = new ArrayList<>();
            /** The hashes of {@link #names}, in order (the array may have room for more). */
            int[] hashes = new int[0];
            /** Where each of {@link #names} first appears: the article, and its place in the article's listing. */
            int[] firstArticle = new int[0];
            int[] firstPlace = new int[0];
            final Numbering number;
            final int[][] ids;

            Stretch(List<Listed> listed, int from, int to) {
                this.from = from;
                this.to = to;
                ids = new int[to - from][];
                long listedNames = 0;
                for (int i = from; i < to; i++) {
                    listedNames += listed.get(i).size;
                }
                // Most names recur across articles: a guess near the count of distinct names saves the table most
                // of its growing, which copied it several times over.
                number = new Numbering((int) Math.max(to - from, listedNames / DISTINCT_SHARE));
                for (int i = from; i < to; i++) {
                    Listed article = listed.get(i);
                    int[] local = new int[article.size];
                    for (int k = 0; k < local.length; k++) {
                        local[k] = number.number(article.names[k], article.hashes[k]);
                        if (local[k] == names.size()) {
                            hashes = with(hashes, local[k], article.hashes[k]);
                            firstArticle = with(firstArticle, local[k], i);
                            firstPlace = with(firstPlace, local[k], k);
                            names.add(article.names[k]);
                        }
                    }
                    ids[i - from] = local;
                }
            }
        }

        /**
         * Features numbered by small codes (below {@code codes}), numbered again densely by first appearance in
         * article order, as {@link #of} numbers names: a table, not a hash map. The names are made when read.
         *
         * @param kind    the prefix of the features' names
         * @param name    the name of a code's feature, without {@code kind}
         * @param weights article i's weights, in the order of its codes: made when wanted, one article at a time
         * @param before  the last build's codes and numbering, or null: an article listed by the same array of codes
         *                as then takes its vector from it, numbered again, and sorted again only when the new
         *                numbers changed the order of its codes (its weights are then the same array as then)
         */
        static Numbered ofCodes(int[][] listed, IntFunction<double[]> weights, int codes, String kind,
                                IntFunction<String> name, KeptRuns.Last before) {
            int[] number = new int[codes];
            Arrays.fill(number, -1);
            int[] byNumber = new int[0];
            int size = 0;
            for (int[] article : listed) {
                for (int code : article) {
                    if (number[code] < 0) {
                        number[code] = size;
                        byNumber = with(byNumber, size++, code);
                    }
                }
            }
            int[] hashes = Arrays.copyOf(byNumber, size);
            List<String> names = new AbstractList<>() {
                @Override
                public String get(int f) {
                    return name.apply(hashes[f]);
                }

                @Override
                public int size() {
                    return hashes.length;
                }
            };
            int n = listed.length;
            int[][] ids = new int[n][];
            double[][] given = new double[n][];
            IntStream.range(0, n).parallel().forEach(i -> {
                if (before != null && before.listed()[i] == listed[i]) {
                    Numbered was = before.numbered();
                    int[] old = was.ids[i];
                    int[] now = new int[old.length];
                    boolean inOrder = true;
                    for (int k = 0; k < old.length; k++) {
                        now[k] = number[was.hashes[old[k]]];
                        inOrder &= k == 0 || now[k] > now[k - 1];
                    }
                    ids[i] = Arrays.equals(now, old) ? old : now;
                    given[i] = inOrder ? was.given[i] : sort(now, was.given[i]);
                    return;
                }
                ids[i] = new int[listed[i].length];
                for (int k = 0; k < ids[i].length; k++) {
                    ids[i][k] = number[listed[i][k]];
                }
                given[i] = sort(ids[i], weights.apply(i));
            });
            return new Numbered(named(names, kind), kind, hashes, counts(ids, size), ids, given);
        }

        /**
         * Pairs of anchors, each two anchors' numbers in one long, numbered by first appearance in article order as
         * {@link #of} numbers names, without a name made for each of the hundreds of thousands listed every build.
         */
        static Numbered ofPairs(long[][] listed) {
            LongStream.Builder first = LongStream.builder();
            int[][] unsorted = Pairs.numbered(listed, first::add);
            long[] codes = first.build().toArray();
            int[] hashes = Arrays.stream(codes).mapToInt(Long::hashCode).toArray();
            List<String> names = new AbstractList<>() {
                @Override
                public String get(int f) {
                    return (codes[f] >>> 32) + "&" + (int) codes[f];
                }

                @Override
                public int size() {
                    return codes.length;
                }
            };
            return sorted(named(names, PAIRED), PAIRED, hashes, unsorted, i -> ones(listed[i].length));
        }

        /** The kind of a pair of anchors: only candidates are found by them, no cosine reads its kind. */
        private static final String PAIRED = "&:";

        private static double[] ones(int length) {
            double[] ones = new double[length];
            Arrays.fill(ones, 1.0);
            return ones;
        }

        /**
         * Each vector sorted by number (in its own array, which the result keeps), its weights with it, and how many
         * articles hold each feature.
         */
        private static Numbered sorted(List<String> names, String kind, int[] hashes, int[][] unsorted,
                                       IntFunction<double[]> weights) {
            int n = unsorted.length;
            int[][] ids = new int[n][];
            double[][] given = new double[n][];
            IntStream.range(0, n).parallel().forEach(i -> {
                ids[i] = unsorted[i];
                given[i] = sort(ids[i], weights.apply(i));
            });
            return new Numbered(names, kind, hashes, counts(ids, names.size()), ids, given);
        }

        /** Sorts one vector's feature numbers in place, and returns their weights in the same order. */
        static double[] sort(int[] ids, double[] weights) {
            long[] order = new long[ids.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = (long) ids[k] << 32 | k;
            }
            Arrays.sort(order);
            double[] sorted = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                ids[k] = (int) (order[k] >>> 32);
                sorted[k] = weights[(int) order[k]];
            }
            return sorted;
        }

        /** How many vectors hold each of the {@code features}. */
        static int[] counts(int[][] ids, int features) {
            int[] df = new int[features];
            for (int[] vector : ids) {
                for (int f : vector) {
                    df[f]++;
                }
            }
            return df;
        }
    }

    /** The prefixes of the script-free kinds of anchor. */
    private static final String SCRIPT_FREE = "#dpa";

    /**
     * The views of the last build of this process that kept them: an edit loop numbers again only what its edit
     * changes ({@link KeptNumbering}, {@link KeptRuns}), and weighs again only the vectors that changed
     * ({@link KeptVectors}). The numberings of names, one per view of names, then the vectors made from them.
     */
    record Kept(KeptNumbering<AnalysedArticle> anchors, KeptNumbering<AnalysedArticle> words,
                KeptNumbering<AnalysedArticle> leads, KeptRuns headlines, KeptRuns openings,
                KeptVectors anchorVectors, KeptVectors terms, KeptVectors usage, KeptVectors leadVectors) {
        /** The process's views. */
        static final Kept LAST = fresh();
        /** Nothing kept: every view is made afresh. */
        static final Kept NONE = new Kept(null, null, null, null, null, null, null, null, null);

        /** Nothing kept yet, to keep views in. */
        static Kept fresh() {
            return new Kept(new KeptNumbering<>(), new KeptNumbering<>(), new KeptNumbering<>(), new KeptRuns(),
                    new KeptRuns(), new KeptVectors(), new KeptVectors(), new KeptVectors(), new KeptVectors());
        }
    }

    static FeatureVectors anchors(List<AnalysedArticle> articles) {
        return anchors(articles, Kept.NONE);
    }

    /** @param kept the views of the last build to start from and to keep this one in */
    static FeatureVectors anchors(List<AnalysedArticle> articles, Kept kept) {
        return new FeatureVectors(Numbered.of(articles, FeatureVectors::anchorFeatures, kept.anchors()),
                kept.anchorVectors());
    }

    /**
     * Pairs of each article's rarest script-free anchors, for finding candidates only: a Japanese article and its
     * English original may share nothing rare but their figures and dates, each common alone ("24", "2020") and
     * together rare ("24 & 2020").
     */
    static FeatureVectors anchorPairs(FeatureVectors anchors) {
        long[][] pairs = IntStream.range(0, anchors.size()).parallel().mapToObj(i -> {
            int[] paired = Arrays.stream(anchors.ids[i]).filter(f -> anchors.scriptFree[f] && anchors.df[f] >= 2)
                    .mapToLong(f -> (long) anchors.df[f] << 32 | f).sorted().limit(PAIRED_ANCHORS)
                    .mapToInt(o -> (int) o).sorted().toArray();
            long[] codes = new long[paired.length * (paired.length - 1) / 2];
            int k = 0;
            for (int a = 0; a < paired.length; a++) {
                for (int b = a + 1; b < paired.length; b++) {
                    codes[k++] = (long) paired[a] << 32 | paired[b];
                }
            }
            return codes;
        }).toArray(long[][]::new);
        return new FeatureVectors(Numbered.ofPairs(pairs), null);
    }

    /** Script-free anchors an article pairs: 8 give 28 pairs, enough for a translation to meet its original. */
    static final int PAIRED_ANCHORS = 8;

    /**
     * Which words each article uses, two ways over one numbering.
     *
     * @param terms which words each article uses: what the relations are judged on
     * @param usage the words weighted by how often each article uses them: what the article is about, for the
     *              grade reported. Relations are judged on {@code terms}: in a small corpus rarity cannot discount
     *              the words every text uses, and counted they make any two texts of one language alike.
     */
    record Words(FeatureVectors terms, FeatureVectors usage) {
    }

    static Words words(List<AnalysedArticle> articles) {
        return words(articles, Kept.NONE);
    }

    /** @param kept the views of the last build to start from and to keep this one in */
    static Words words(List<AnalysedArticle> articles, Kept kept) {
        Numbered uses = Numbered.of(articles, a -> {
            Listed words = new Listed(a.terms().size());
            a.terms().forEach(words::add);
            return words;
        }, "w:", kept.words());
        return new Words(new FeatureVectors(uses, null, kept.terms()),
                new FeatureVectors(uses, i -> often(uses.given[i]), kept.usage()));
    }

    /**
     * The lead's words and anchors, weighted by kind as in the whole article: whether two articles open on the
     * same story, however much background or boilerplate follows.
     */
    static FeatureVectors leads(List<AnalysedArticle> articles) {
        return leads(articles, Kept.NONE);
    }

    /** @param kept the views of the last build to start from and to keep this one in */
    static FeatureVectors leads(List<AnalysedArticle> articles, Kept kept) {
        return new FeatureVectors(Numbered.of(articles, a -> {
            Listed f = new Listed(a.lead().size());
            a.lead().forEach((feature, count) -> f.add(feature, kindWeight(feature.charAt(0)) * often(count)));
            return f;
        }, kept.leads()), kept.leadVectors());
    }

    /**
     * A part of each article (its headline, its opening) as the letter runs its words are spelled with
     * ({@link LetterRuns}), weighted as words are: whether two articles open alike in any two languages that share
     * roots or names, and in one language whatever the words' endings.
     */
    static FeatureVectors spelled(List<AnalysedArticle> articles, Function<AnalysedArticle, String> words) {
        return spelled(articles, words, null);
    }

    /**
     * @param kept the view of the last build (each article's letter runs, their numbering, the vectors) to start
     *             from and to keep this one in; null makes it afresh
     */
    static FeatureVectors spelled(List<AnalysedArticle> articles, Function<AnalysedArticle, String> words,
                                  KeptRuns kept) {
        Function<AnalysedArticle, LetterRuns> spell = a -> LetterRuns.of(words.apply(a));
        List<LetterRuns> runs = kept == null ? articles.parallelStream().map(spell).toList() : kept.map(articles, spell);
        int[][] listed = runs.stream().map(LetterRuns::codes).toArray(int[][]::new);
        Numbered numbered = Numbered.ofCodes(listed,
                i -> Arrays.stream(runs.get(i).counts()).mapToDouble(FeatureVectors::often).toArray(),
                LetterRuns.CODES, "g:", LetterRuns::name, kept == null ? null : kept.last(listed.length));
        if (kept != null) {
            kept.keep(listed, numbered);
        }
        return new FeatureVectors(numbered, kept == null ? null : kept.vectors());
    }

    /**
     * A word used more often says more about what the article is about, with diminishing returns: the story's
     * subject named ten times is not ten times the evidence of a word used once.
     */
    static double often(int count) {
        return 1 + Math.log(Math.max(1, count));
    }

    /** {@link #often(int)} of each count. */
    private static double[] often(double[] counts) {
        double[] weights = new double[counts.length];
        for (int k = 0; k < counts.length; k++) {
            weights[k] = often((int) counts[k]);
        }
        return weights;
    }


    /**
     * Anchor kinds differ in how much they say: a shared number or name says more than a shared country; a
     * consonant skeleton is a loose match and counts for half a name. Words count as much as names, and so does a
     * number written in words ("second" may also say "both", as "kedua" does), less than one in digits. A noun
     * capitalised as every noun is in its language, not known to be a name, counts for half a name.
     */
    private static double kindWeight(char kind) {
        return switch (kind) {
            case 'n', 's', 'd', 'w' -> 1.0;
            case 'c', 'k' -> 0.5;
            case 'p' -> 0.6;
            case '#' -> 1.2;
            case 'a' -> 0.8;
            default -> throw new IllegalArgumentException("no feature kind " + kind);
        };
    }

    static Listed anchorFeatures(AnalysedArticle article) {
        Anchors anchors = article.anchors();
        Listed f = new Listed(anchors.names().size() + anchors.nouns().size() + anchors.places().size() + anchors.numbers().size()
                + anchors.spelled().size() + anchors.dates().size() + anchors.acronyms().size()
                + article.skeletons().size());
        put(f, "n:", anchors.names());
        put(f, "c:", anchors.nouns());
        put(f, "p:", anchors.places());
        put(f, "#:", anchors.numbers());
        put(f, "s:", anchors.spelled());
        put(f, "d:", anchors.dates());
        put(f, "a:", anchors.acronyms());
        put(f, "k:", article.skeletons());
        return f;
    }

    private static void put(Listed f, String prefix, Set<String> values) {
        double weight = kindWeight(prefix.charAt(0));
        values.forEach(v -> f.add(prefix + v, weight));
    }

    int size() {
        return ids.length;
    }

    /** The cosine of articles i and j, by one merge of their vectors: for pairs met apart ({@link Spread}). */
    double cosine(int i, int j) {
        if (norms[i] == 0 || norms[j] == 0) {
            return 0;
        }
        int[] x = ids[i];
        int[] y = ids[j];
        double dot = 0;
        for (int a = 0, b = 0; a < x.length && b < y.length; ) {
            if (x[a] == y[b]) {
                dot += weight(i, a++) * weight(j, b++);
            } else if (x[a] < y[b]) {
                a++;
            } else {
                b++;
            }
        }
        return cosine(dot, i, j);
    }

    /** The cosine of articles i and j, given the dot product of their vectors. */
    private double cosine(double dot, int i, int j) {
        return Math.min(1.0, dot / (norms[i] * norms[j]));
    }

    /** A place to lay out one article's vector at a time, to compare it with many others ({@link Spread}). */
    Spread spread() {
        return new Spread(this);
    }

    /**
     * One article's vector laid out by feature number ({@link Positions}), to compare with many others. The shared
     * features are met in ascending order as a merge meets them, and each product is the merge's, so the sums and the
     * cosines are the merge's to the bit ({@link #cosine(int, int)}). One thread's.
     */
    static final class Spread {

        private final FeatureVectors view;
        private final Positions positions;
        /** The last {@link #sum}'s dot product here, and its second sum. */
        private double dot;
        private double second;

        private Spread(FeatureVectors view) {
            this.view = view;
            positions = new Positions(view.ids, view.names.size());
        }

        /** The cosine of articles i and j. */
        double cosine(int i, int j) {
            return sum(i, j, null, false) ? view.cosine(dot, i, j) : 0;
        }

        /**
         * The cosines of articles i and j here and in {@code other}, whose vectors hold the same features, as rare,
         * with other weights given (the words counted once, here, and by use): one pass over j's features for both.
         */
        double[] cosines(FeatureVectors other, int i, int j) {
            return sum(i, j, other, false) ? new double[] {view.cosine(dot, i, j), other.cosine(second, i, j)}
                    : new double[2];
        }

        /**
         * The cosine over all features, and over the script-free ones only: names in kanji share nothing with their
         * Latin spelling, so a Japanese article and its English original compare by numbers, dates and places.
         */
        double[] cosines(int i, int j) {
            if (!sum(i, j, null, true)) {
                return new double[2];
            }
            double freeNorms = view.scriptFreeNorms[i] * view.scriptFreeNorms[j];
            return new double[] {view.cosine(dot, i, j), freeNorms == 0 ? 0 : Math.min(1.0, second / freeNorms)};
        }

        /**
         * Sums the products of the weights of the features articles i and j share into {@link #dot}, and into
         * {@link #second} those in {@code other} (null: none) or those of the script-free features (when
         * {@code scriptFree}); false, summing nothing, when either vector is empty.
         */
        private boolean sum(int i, int j, FeatureVectors other, boolean scriptFree) {
            FeatureVectors v = view;
            if (v.norms[i] == 0 || v.norms[j] == 0) {
                return false;
            }
            int[] at = positions.in(i);
            int[] y = v.ids[j];
            double[] rarity = v.rarity;
            double[] weights = v.givenWeights;
            int[] gi = v.given == null ? null : v.given[i];
            int[] gj = v.given == null ? null : v.given[j];
            double[] otherWeights = other == null ? null : other.givenWeights;
            int[] oi = other == null ? null : other.given[i];
            int[] oj = other == null ? null : other.given[j];
            boolean[] free = v.scriptFree;
            double dot = 0;
            double second = 0;
            for (int b = 0; b < y.length; b++) {
                int a = at[y[b]] - 1;
                if (a >= 0) {
                    // As weight(i, a) * weight(j, b), with the rarity they share read once.
                    double r = rarity[y[b]];
                    double d = gi == null ? r * r : weights[gi[a]] * r * (weights[gj[b]] * r);
                    dot += d;
                    if (other != null) {
                        second += otherWeights[oi[a]] * r * (otherWeights[oj[b]] * r);
                    } else if (scriptFree && free[y[b]]) {
                        second += d;
                    }
                }
            }
            this.dot = dot;
            this.second = second;
            return true;
        }
    }

    /**
     * A print of article i's vector: its features and their weights, in the order a cosine sums them. Equal prints,
     * equal cosines to the bit with any article whose print is equal too.
     */
    long print(int i) {
        return prints != null ? prints[i] : printOf(i);
    }

    private long printOf(int i) {
        long h = ids[i].length;
        for (int k = 0; k < ids[i].length; k++) {
            // The name's hash spread over all 64 bits and the weight's bits, mixed in at once: one mix per feature.
            h = NearDuplicates.mix(h * 31 + nameHashes[ids[i][k]] * SPREAD + Double.doubleToLongBits(weight(i, k)));
        }
        return h;
    }

    /** An odd constant (the golden ratio's bits) that spreads a 32-bit hash over a long. */
    private static final long SPREAD = 0x9E3779B97F4A7C15L;

    /** A print of article i in several views: equal prints, equal vectors in each. */
    static long print(int i, FeatureVectors... views) {
        long h = views.length;
        for (FeatureVectors view : views) {
            h = NearDuplicates.mix(h * 31 + view.print(i));
        }
        return h;
    }

    /** The features two articles share, heaviest first, by name ({@link #sharedFeatures}). */
    List<String> shared(int i, int j) {
        return Arrays.stream(sharedFeatures(i, j)).mapToObj(names::get).toList();
    }

    /** The features two articles share, heaviest first (by their weight in article i; equal weights by number). */
    int[] sharedFeatures(int i, int j) {
        return sharedFeatures(i, j, null);
    }

    /**
     * As {@link #sharedFeatures(int, int)}, of the features {@code wanted} (by number; null: all) only: the others
     * are not sorted to be dropped.
     */
    int[] sharedFeatures(int i, int j, boolean[] wanted) {
        int[] x = ids[i];
        int[] y = ids[j];
        int[] common = new int[Math.min(x.length, y.length)];
        int size = 0;
        for (int a = 0, b = 0; a < x.length && b < y.length; ) {
            if (x[a] == y[b]) {
                if (wanted == null || wanted[x[a]]) {
                    common[size++] = a;
                }
                a++;
                b++;
            } else if (x[a] < y[b]) {
                a++;
            } else {
                b++;
            }
        }
        // Insertion sort: a pair shares a few dozen features at most, and equal weights keep their order.
        for (int k = 1; k < size; k++) {
            int a = common[k];
            int at = k;
            while (at > 0 && weight(i, common[at - 1]) < weight(i, a)) {
                common[at] = common[at - 1];
                at--;
            }
            common[at] = a;
        }
        int[] shared = new int[size];
        for (int k = 0; k < size; k++) {
            shared[k] = x[common[k]];
        }
        return shared;
    }
}

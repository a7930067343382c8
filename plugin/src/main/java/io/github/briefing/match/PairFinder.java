package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The match stage. Each article becomes two vectors weighted by rarity (IDF) and kind: its language-independent
 * anchors and its words. Candidate pairs come from an inverted index over rare features and from near-duplicate
 * buckets, never from all pairs; each candidate is scored and its relation judged with the evidence kept.
 */
public final class PairFinder {

    /** Pairs below this similarity (a cosine near 0.02 in one view) are not reported at all. */
    static final double REPORTING_FLOOR = 0.30;

    /** The process's pairs of the last build that kept them ({@link KeptPairs}). */
    private static final KeptPairs PAIRS = new KeptPairs();

    public List<Match> find(List<AnalysedArticle> articles) {
        return find(articles, ScoreMemory.NONE);
    }

    /** The matches, rescoring only the pairs whose scores {@code memory} does not recall. */
    public List<Match> find(List<AnalysedArticle> articles, ScoreMemory memory) {
        if (articles.size() < 2) {
            return List.of();
        }
        // A build that keeps its pair scores for the next one is one of a series (an edit loop): its views and
        // pairs are kept too.
        KeptPairs.Last before = memory == ScoreMemory.NONE ? null : PAIRS.last(articles.size());
        Scored scored = score(articles, memory, before);
        List<Match> matches = new RelationJudge(articles, scored.anchors(), scored.scripts(), before)
                .judge(scored.scores());
        if (memory != ScoreMemory.NONE) {
            PAIRS.keep(articles.size(), scored.views(), scored.scores(), matches);
        }
        return inIdOrder(matches, scored.scores(), articles);
    }

    /**
     * The scored pairs, and the views that judging them still reads. The others (words, leads, openings, ...) are
     * let go once the pairs are scored: at 100,000 articles they are hundreds of megabytes, and the matches and
     * their evidence are made after them.
     */
    private record Scored(List<PairScore> scores, FeatureVectors anchors, Character.UnicodeScript[] scripts,
                          Views.Serials views) {
    }

    private static Scored score(List<AnalysedArticle> articles, ScoreMemory memory, KeptPairs.Last before) {
        Views views = Views.of(articles, memory != ScoreMemory.NONE);
        memory.begin(articles, views::print);
        return new Scored(score(articles, views, memory, before), views.anchors(), views.scripts(), views.serials());
    }

    /**
     * The matches ordered by their ids ({@code a}, then {@code b}), given each one's scored pair: by the articles'
     * ranks in id order, so that a hundred thousand matches are put in order without comparing their ids' strings
     * (ids are distinct, so the ranks are too). The matches are put in buckets by their first article's rank, and
     * each bucket, a few dozen, is sorted by the second's rank, each with its match's index beside it.
     */
    static List<Match> inIdOrder(List<Match> matches, List<PairScore> scores, List<AnalysedArticle> articles) {
        int n = articles.size();
        Integer[] byId = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(byId, Comparator.comparing(i -> articles.get(i).id()));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byId[r]] = r;
        }
        int m = scores.size();
        int[] first = new int[m];
        int[] start = new int[n + 1];
        for (int k = 0; k < m; k++) {
            first[k] = Math.min(rank[scores.get(k).i()], rank[scores.get(k).j()]);
            start[first[k] + 1]++;
        }
        for (int r = 0; r < n; r++) {
            start[r + 1] += start[r];
        }
        int[] next = start.clone();
        long[] bySecond = new long[m];
        for (int k = 0; k < m; k++) {
            long second = Math.max(rank[scores.get(k).i()], rank[scores.get(k).j()]);
            bySecond[next[first[k]]++] = second << 32 | k;
        }
        Match[] ordered = new Match[m];
        for (int r = 0; r < n; r++) {
            Arrays.sort(bySecond, start[r], start[r + 1]);
            for (int p = start[r]; p < start[r + 1]; p++) {
                ordered[p] = matches.get((int) bySecond[p]);
            }
        }
        return List.of(ordered);
    }

    /**
     * Candidates across scripts by pairs of script-free anchors: within a script, names and words already propose
     * partners, and pairs of figures would only add pairs that share a topic.
     */
    static long[] crossScript(FeatureVectors anchors, Character.UnicodeScript[] scripts, Copies copies) {
        return CandidateIndex.pairs(FeatureVectors.anchorPairs(anchors),
                Arrays.stream(scripts).mapToInt(Enum::ordinal).toArray(), copies);
    }

    /** Every candidate pair, {@code i * n + j}: from rare features and near-duplicate buckets. */
    static long[] candidates(Views views) {
        return candidates(views, false).pairs();
    }

    /** The candidate pairs ({@code i * n + j}), and the groups of copies found on the way. */
    record Candidates(long[] pairs, Copies copies) {
    }

    /**
     * @param again whether the views are matched again in this process (an edit loop): the anchors' and the words'
     *              candidates are then taken from the last build's where they cannot have changed, and kept
     */
    static Candidates candidates(Views views, boolean again) {
        // The near-duplicates first: the other candidates are found with each group of copies counted once.
        long[][] signatures = again ? TERM_PROPOSALS.sign(views.terms())
                : NearDuplicates.signatures(views.terms(), null, null);
        long[] nearDuplicates = NearDuplicates.pairs(signatures);
        Copies copies = Copies.of(nearDuplicates, views.terms());
        KeptProposals.Proposed anchors = again ? ANCHOR_PROPOSALS.propose(views.anchors(), copies, null)
                : KeptProposals.Proposed.of(views.anchors(), copies, null, null);
        KeptProposals.Proposed terms = again ? TERM_PROPOSALS.propose(views.terms(), copies, signatures)
                : KeptProposals.Proposed.of(views.terms(), copies, signatures, null);
        // One table for all: the pairs first seen in the anchors' proposals, then the words', then the others.
        long[][] lists = Stream.of(anchors.proposals(), terms.proposals(),
                        new long[][] {crossScript(views.anchors(), views.scripts(), copies), nearDuplicates,
                            copies.chains()})
                .flatMap(Arrays::stream).toArray(long[][]::new);
        return new Candidates(Pairs.distinct(lists), copies);
    }

    /** The process's candidates by anchors and by words ({@link KeptProposals}). */
    private static final KeptProposals ANCHOR_PROPOSALS = new KeptProposals();
    private static final KeptProposals TERM_PROPOSALS = new KeptProposals();

    /**
     * Every candidate pair with its scores, taken from {@code memory} where it recalls them. The memory keeps the
     * scores of the pairs reported as their {@link PairScore}s rather than as a copy of their numbers: a million pairs
     * at 100,000 articles. A pair it does not recall takes from {@code before} (null: none) the cosines of the views
     * where neither of its articles changed.
     */
    private static List<PairScore> score(List<AnalysedArticle> articles, Views views, ScoreMemory memory,
                                         KeptPairs.Last before) {
        int n = articles.size();
        Candidates candidates = candidates(views, memory != ScoreMemory.NONE);
        long[] pairs = candidates.pairs();
        int[] standIn = views.standIns(candidates.copies());
        PairScore[] scores = new PairScore[pairs.length];
        // In order of the pairs their articles stand in for, so that a wire text's copies meeting one article are
        // scored once, and each article is laid out once for all its pairs (Views.Spread); a stretch of that order
        // per task. A layout is handed from stretch to stretch, so there are only as many as threads: each holds
        // tables by feature number, large enough that G1 allocates them outside the young generation, and a layout
        // per stretch cost a rebuild (whose few fresh pairs reach every stretch) more than its scoring.
        int[] order = Pairs.inOrderOf(pairs, n, standIn);
        int stretches = STRETCHES_PER_THREAD * (ForkJoinPool.getCommonPoolParallelism() + 1);
        Queue<Views.Spread> idle = new ConcurrentLinkedQueue<>();
        IntStream.range(0, stretches).parallel().forEach(s -> {
            Views.Spread spread = Objects.requireNonNullElseGet(idle.poll(), views::spread);
            long scoredFor = -1;
            PairScore scored = null;
            int to = (int) ((s + 1L) * order.length / stretches);
            for (int p = (int) ((long) s * order.length / stretches); p < to; p++) {
                int k = order[p];
                int i = (int) (pairs[k] / n);
                int j = (int) (pairs[k] % n);
                double[] recalled = memory.recall(i, j);
                if (recalled != null) {
                    scores[k] = recalled.length > 0 ? PairScore.of(i, j, recalled) : null;
                    continue;
                }
                long standsFor = (long) standIn[i] * n + standIn[j];
                if (standsFor != scoredFor) {
                    scoredFor = standsFor;
                    scored = PairScore.of(standIn[i], standIn[j], spread, REPORTING_FLOOR, before);
                }
                scores[k] = scored == null ? null : scored.between(i, j);
            }
            idle.add(spread);
        });
        memory.remember(pairs, k -> scores[k] == null ? BELOW_FLOOR : scores[k].values());
        return Arrays.stream(scores).filter(Objects::nonNull).toList();
    }

    /**
     * Stretches of the candidates scored per thread: enough that a thread finishing early finds more, few enough that
     * each article's pairs are mostly in one stretch, laid out once.
     */
    private static final int STRETCHES_PER_THREAD = 8;

    /** The scores of a pair not reported. */
    private static final double[] BELOW_FLOOR = new double[0];
}

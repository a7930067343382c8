package io.github.briefing.match;

import io.github.briefing.memory.LastBuild;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One view's numbering from the last build of this process, so that an edit loop numbers again only what its edit
 * changed: listing every feature of every article, numbering and sorting them was a fifth of a rebuild.
 *
 * <p>Features are numbered by first appearance: by article, then by place in the article's listing. An article that
 * changed can move the first appearance only of the features it listed before or lists now; every other feature
 * keeps its first appearance, and so its place in that order. The moved ones are placed again, the numbers follow
 * from the order, and an unchanged article's vector is its last one under the new numbers (sorted again only when a
 * moved feature changed its order). The result is exactly what numbering every article from nothing gives.
 *
 * <p>Articles are known by identity: the article cache gives this process's unchanged articles as the same instances
 * build after build. Held softly, and only while it costs a small share of the heap.
 *
 * @param <T> the articles
 */
final class KeptNumbering<T> {

    /** Beyond this share of articles changed, every article is numbered afresh. */
    private static final int CHANGED_SHARE = 16;
    /** The share of the heap one view's numbering may keep (its vectors: a number and a weight per feature). */
    private static final int HEAP_SHARE = 16;
    private static final long NONE = Long.MAX_VALUE;
    private final LastBuild<Kept<T>> last = new LastBuild<>(HEAP_SHARE);

    /**
     * A view's features as numbered: names as listed (without their kind), hashes, where each first appears (article
     * and place in its listing), and the table of their numbers.
     */
    record Features(List<String> names, int[] hashes, int[] firstArticle, int[] firstPlace, Numbering numbering) {
    }

    private record Kept<T>(List<T> items, String kind, Features features, FeatureVectors.Numbered numbered) {
    }

    /** Keeps a numbering of {@code items} for the next build, unless it is too large to keep. */
    void keep(List<T> items, Features features, FeatureVectors.Numbered numbered) {
        last.keep(new Kept<>(items, numbered.kind(), features, numbered), numbered.bytes());
    }

    /**
     * The numbering of {@code items} from the last one kept, when they are its items but for a few; null when there
     * is none to start from.
     */
    FeatureVectors.Numbered since(List<T> items, Function<T, Listed> list, String kind) {
        Kept<T> before = last.get();
        int n = items.size();
        if (before == null || before.items().size() != n || !before.kind().equals(kind)) {
            return null;
        }
        int[] changed = changed(before.items(), items);
        if (changed == null) {
            return null;
        }
        if (changed.length == 0) {
            keep(items, before.features(), before.numbered());
            return before.numbered();
        }
        boolean[] isChanged = new boolean[n];
        Listed[] now = new Listed[changed.length];
        for (int c = 0; c < changed.length; c++) {
            isChanged[changed[c]] = true;
            now[c] = list.apply(items.get(changed[c]));
        }
        Map<String, Move> moves = moves(before, changed, now, list);
        place(moves, before, isChanged, items, list);
        Features was = before.features();
        List<Move> alive = moves.values().stream().filter(m -> m.first != NONE)
                .sorted(Comparator.comparingLong(m -> m.first)).toList();
        int oldSize = was.names().size();
        boolean[] moved = new boolean[oldSize];
        moves.values().stream().filter(m -> m.number >= 0).forEach(m -> moved[m.number] = true);
        List<String> names = new ArrayList<>();
        int[] hashes = new int[oldSize + alive.size()];
        int[] firstArticle = new int[hashes.length];
        int[] firstPlace = new int[hashes.length];
        int[] renumbered = new int[oldSize];
        Arrays.fill(renumbered, -1); // a feature no article holds any more: no unchanged vector names it
        // The features that kept their first appearance are in order already: the moved ones are merged in.
        for (int old = 0, m = 0; old < oldSize || m < alive.size(); ) {
            if (old < oldSize && moved[old]) {
                old++;
                continue;
            }
            int f = names.size();
            if (old < oldSize && (m == alive.size()
                    || key(was.firstArticle()[old], was.firstPlace()[old]) < alive.get(m).first)) {
                renumbered[old] = f;
                names.add(was.names().get(old));
                hashes[f] = was.hashes()[old];
                firstArticle[f] = was.firstArticle()[old];
                firstPlace[f] = was.firstPlace()[old];
                old++;
            } else {
                Move move = alive.get(m++);
                if (move.number >= 0) {
                    renumbered[move.number] = f;
                }
                names.add(move.name);
                hashes[f] = move.hash;
                firstArticle[f] = (int) (move.first >>> 32);
                firstPlace[f] = (int) move.first;
            }
        }
        int size = names.size();
        Numbering numbering = new Numbering(size);
        for (int f = 0; f < size; f++) {
            numbering.number(names.get(f), hashes[f]);
        }
        FeatureVectors.Numbered previous = before.numbered();
        int[][] ids = new int[n][];
        double[][] given = new double[n][];
        IntStream.range(0, n).parallel().forEach(i -> {
            if (isChanged[i]) {
                Listed listed = now[Arrays.binarySearch(changed, i)];
                ids[i] = new int[listed.size];
                for (int k = 0; k < listed.size; k++) {
                    ids[i][k] = numbering.find(listed.names[k], listed.hashes[k]);
                }
                given[i] = FeatureVectors.Numbered.sort(ids[i], listed.weights);
                return;
            }
            int[] old = previous.ids()[i];
            int[] renumber = new int[old.length];
            boolean inOrder = true;
            for (int k = 0; k < old.length; k++) {
                renumber[k] = renumbered[old[k]];
                inOrder &= k == 0 || renumber[k] > renumber[k - 1];
            }
            // The last array when no number moved: held once, and the article's near-duplicate signature is then
            // known unchanged at a glance (NearDuplicates).
            ids[i] = Arrays.equals(renumber, old) ? old : renumber;
            given[i] = inOrder ? previous.given()[i] : FeatureVectors.Numbered.sort(ids[i], previous.given()[i]);
        });
        int[] exact = Arrays.copyOf(hashes, size);
        FeatureVectors.Numbered numbered = new FeatureVectors.Numbered(FeatureVectors.Numbered.named(names, kind),
                kind, exact, FeatureVectors.Numbered.counts(ids, size), ids, given);
        keep(items, new Features(names, exact, Arrays.copyOf(firstArticle, size), Arrays.copyOf(firstPlace, size),
                numbering), numbered);
        return numbered;
    }

    /** The positions whose item is not the last build's (in order); null when more than a few are. */
    private static <T> int[] changed(List<T> before, List<T> items) {
        int n = items.size();
        int[] changed = new int[n / CHANGED_SHARE];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (items.get(i) != before.get(i)) {
                if (count == changed.length) {
                    return null;
                }
                changed[count++] = i;
            }
        }
        return Arrays.copyOf(changed, count);
    }

    /** A feature whose first appearance may have moved: its old number (-1 if new) and its first appearance now. */
    private static final class Move {
        final String name;
        final int hash;
        final int number;
        /** Article and place ({@link #key}), or {@link #NONE} when no article lists it now (as far as known yet). */
        long first = NONE;
        /** How many of the changed articles listed it before. */
        int listedBefore;

        Move(String name, int hash, int number) {
            this.name = name;
            this.hash = hash;
            this.number = number;
        }
    }

    /**
     * The features the changed articles list now or listed before, each with its first appearance among the changed
     * articles now (the earliest: they are in order).
     */
    private static <T> Map<String, Move> moves(Kept<T> before, int[] changed, Listed[] now, Function<T, Listed> list) {
        Map<String, Move> moves = new LinkedHashMap<>();
        Numbering was = before.features().numbering();
        for (int c = 0; c < changed.length; c++) {
            Listed listed = now[c];
            for (int k = 0; k < listed.size; k++) {
                int hash = listed.hashes[k];
                Move move = moves.computeIfAbsent(listed.names[k], name -> new Move(name, hash, was.find(name, hash)));
                if (move.first == NONE) {
                    move.first = key(changed[c], k);
                }
            }
        }
        for (int c : changed) {
            Listed listed = list.apply(before.items().get(c));
            for (int k = 0; k < listed.size; k++) {
                int hash = listed.hashes[k];
                moves.computeIfAbsent(listed.names[k], name -> new Move(name, hash, was.find(name, hash)))
                        .listedBefore++;
            }
        }
        return moves;
    }

    /**
     * Each moved feature's first appearance now: the earlier of its first among the changed articles and its first
     * among the unchanged ones. No unchanged article before the last first appearance lists it; when that one is an
     * unchanged article, it is the first of them still, else the unchanged articles after it are looked through (by
     * their last vectors), if any lists it.
     */
    private static <T> void place(Map<String, Move> moves, Kept<T> before, boolean[] isChanged, List<T> items,
                                  Function<T, Listed> list) {
        Features was = before.features();
        int[] df = before.numbered().df();
        int[][] vectors = before.numbered().ids();
        for (Move move : moves.values()) {
            if (move.number < 0) {
                continue;
            }
            int article = was.firstArticle()[move.number];
            if (!isChanged[article]) {
                move.first = Math.min(move.first, key(article, was.firstPlace()[move.number]));
                continue;
            }
            if (df[move.number] == move.listedBefore) {
                continue; // only changed articles listed it
            }
            int until = move.first == NONE ? isChanged.length : (int) (move.first >>> 32);
            for (int i = article + 1; i < until; i++) {
                if (!isChanged[i] && Arrays.binarySearch(vectors[i], move.number) >= 0) {
                    Listed listed = list.apply(items.get(i));
                    int place = 0;
                    while (!listed.names[place].equals(move.name)) {
                        place++;
                    }
                    move.first = key(i, place);
                    break;
                }
            }
        }
    }

    /** A first appearance as one number that orders them: article, then place in its listing. */
    private static long key(int article, int place) {
        return (long) article << 32 | place;
    }
}

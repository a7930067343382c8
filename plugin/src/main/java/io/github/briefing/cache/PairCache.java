package io.github.briefing.cache;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.match.ScoreMemory;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.stream.IntStream;

/**
 * The match stage's pair scores from the last build. A pair is recalled only when both its articles have the same
 * input as then (by {@link ArticleCache#inputs()}: the same text under the same engine and corpus templates) and
 * the same print of their feature vectors, which moves when an edit elsewhere changes the rarity of one of their
 * features. The file holds only the last build's pairs, so it does not grow with edits. A missing, foreign or
 * damaged file recalls nothing: a cache can only save time, never fail a build.
 */
public final class PairCache implements ScoreMemory {

    private static final String FILE = "pairs.bin";
    private final Path file;
    private final String context;
    private final Map<String, String> inputs;
    private Recallable recallable = new Recallable(0);
    private Scored current;
    private final AtomicInteger recalled = new AtomicInteger();

    private PairCache(Path file, String context, Map<String, String> inputs) {
        this.file = file;
        this.context = context;
        this.inputs = inputs;
    }

    /**
     * The pair scores kept in {@code folder}, read when the match stage begins; {@code inputs} are this build's
     * articles' inputs by id.
     */
    public static PairCache open(Path folder, Map<String, String> inputs) {
        return new PairCache(folder.resolve(FILE), new Fingerprint().add(EngineVersion.get()).add(FILE).hex(),
                inputs);
    }

    @Override
    public void begin(List<AnalysedArticle> articles, IntToLongFunction print) {
        int n = articles.size();
        String[] ids = new String[n];
        String[] keys = new String[n];
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new HashSet<>();
        for (int i = 0; i < n; i++) {
            ids[i] = articles.get(i).id();
            keys[i] = Objects.requireNonNullElse(inputs.get(ids[i]), "");
            if (!seen.add(ids[i])) {
                repeated.add(ids[i]);
            }
        }
        long[] prints = IntStream.range(0, n).parallel().mapToLong(print).toArray();
        current = new Scored(ids, keys, prints, new long[0], k -> null);
        recallable = recallable(load(file, context), repeated);
    }

    /** The last build's pairs whose two articles are unchanged, by their positions in this build. */
    private Recallable recallable(Scored previous, Set<String> repeated) {
        Map<String, Integer> now = new HashMap<>();
        for (int i = 0; i < current.ids.length; i++) {
            now.put(current.ids[i], i);
        }
        int[] position = new int[previous.ids.length];
        for (int old = 0; old < position.length; old++) {
            Integer i = now.get(previous.ids[old]);
            boolean same = i != null && !repeated.contains(previous.ids[old]) && !previous.inputs[old].isEmpty()
                    && previous.inputs[old].equals(current.inputs[i]) && previous.prints[old] == current.prints[i];
            position[old] = same ? i : -1;
        }
        long oldN = previous.ids.length;
        long n = current.ids.length;
        Recallable pairs = new Recallable(previous.pairs.length);
        for (int k = 0; k < previous.pairs.length; k++) {
            int i = position[(int) (previous.pairs[k] / oldN)];
            int j = position[(int) (previous.pairs[k] % oldN)];
            if (i >= 0 && j >= 0) {
                pairs.put(i * n + j, previous.scores.apply(k));
            }
        }
        return pairs;
    }

    @Override
    public double[] recall(int i, int j) {
        double[] scores = recallable.get(i * (long) current.ids.length + j);
        if (scores != null) {
            recalled.incrementAndGet();
        }
        return scores;
    }

    @Override
    public void remember(long[] pairs, IntFunction<double[]> scores) {
        current = new Scored(current.ids, current.inputs, current.prints, pairs, scores);
    }

    /** How many of this build's pairs were recalled rather than scored. */
    public int recalled() {
        return recalled.get();
    }

    /** How many pairs this build scored or recalled. */
    public int pairs() {
        return current == null ? 0 : current.pairs.length;
    }

    /**
     * Writes this build's pairs for the next build; a file of its own beside it is swapped in when complete.
     *
     * @throws IOException when the folder cannot be written; the build itself is fine, only the next one slower
     */
    public void save() throws IOException {
        if (current == null) {
            return;
        }
        Scored scored = current;
        Bytes.write(file, out -> scored.write(out, context));
    }

    private static Scored load(Path file, String context) {
        if (!Files.isRegularFile(file)) {
            return Scored.NONE;
        }
        try {
            ByteBuffer in = Bytes.read(file);
            return context.equals(Bytes.readString(in)) ? Scored.read(in) : Scored.NONE;
        } catch (IOException | RuntimeException unreadable) {
            return Scored.NONE; // an old or damaged cache: score every pair again
        }
    }

    /**
     * Pairs, {@code i * n + j}, to their scores, in a table of plain numbers: a map of boxed pairs held a few hundred
     * thousand entries for the whole match stage, which the collector copied again and again.
     */
    private static final class Recallable {

        private static final long FREE = -1;
        private final long[] pairs;
        private final double[][] scores;

        /** @param most how many pairs it may hold */
        Recallable(int most) {
            pairs = new long[Integer.highestOneBit(Math.max(1, most) * 2) * 2];
            Arrays.fill(pairs, FREE);
            scores = new double[pairs.length][];
        }

        void put(long pair, double[] values) {
            int slot = slot(pair);
            pairs[slot] = pair;
            scores[slot] = values;
        }

        /** The pair's scores, or null when it holds none. */
        double[] get(long pair) {
            return scores[slot(pair)];
        }

        /** Where the pair is, or the free slot where it goes. */
        private int slot(long pair) {
            int mask = pairs.length - 1;
            int slot = (int) (pair * 0x9E3779B97F4A7C15L >>> 32) & mask;
            while (pairs[slot] != FREE && pairs[slot] != pair) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }

    /**
     * One build's articles (id, input, print) and its pairs, {@code i * n + j} by the articles' positions, with
     * the scores of the k-th (empty for a pair below the reporting floor).
     */
    private record Scored(String[] ids, String[] inputs, long[] prints, long[] pairs, IntFunction<double[]> scores) {

        static final Scored NONE = new Scored(new String[0], new String[0], new long[0], new long[0], k -> null);

        void write(DataOutputStream out, String context) throws IOException {
            Bytes.writeString(out, context);
            out.writeInt(ids.length);
            for (int i = 0; i < ids.length; i++) {
                Bytes.writeString(out, ids[i]);
                Bytes.writeString(out, inputs[i]);
                out.writeLong(prints[i]);
            }
            out.writeInt(pairs.length);
            for (int k = 0; k < pairs.length; k++) {
                out.writeLong(pairs[k]);
                double[] values = scores.apply(k);
                out.writeByte(values.length);
                for (double v : values) {
                    out.writeDouble(v);
                }
            }
        }

        /** Read from the buffer, not a stream: a few hundred thousand pairs of nine scores each. */
        static Scored read(ByteBuffer in) {
            int n = Bytes.count(in, 2 * Integer.BYTES + Long.BYTES);
            String[] ids = new String[n];
            String[] inputs = new String[n];
            long[] prints = new long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = Bytes.readString(in);
                inputs[i] = Bytes.readString(in);
                prints[i] = in.getLong();
            }
            int count = Bytes.count(in, Long.BYTES + 1);
            long[] pairs = new long[count];
            double[][] scores = new double[count][];
            for (int k = 0; k < count; k++) {
                pairs[k] = in.getLong();
                scores[k] = new double[Byte.toUnsignedInt(in.get())];
                for (int v = 0; v < scores[k].length; v++) {
                    scores[k][v] = in.getDouble();
                }
            }
            return new Scored(ids, inputs, prints, pairs, k -> scores[k]);
        }
    }
}

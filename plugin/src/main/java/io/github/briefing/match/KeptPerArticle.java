package io.github.briefing.match;

import io.github.briefing.memory.LastBuild;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * What a function gave for each article in the last build of this process that kept it: an article given again (the
 * same instance at the same place, as the article cache gives this process's unchanged articles) gets the same
 * result without the function being run again. Held softly, and only while it costs a small share of the heap.
 *
 * @param <T> the articles
 * @param <R> what the function gives for one
 */
final class KeptPerArticle<T, R> {

    /** The share of the heap the results may keep. */
    private static final int HEAP_SHARE = 16;
    private final ToLongFunction<R> bytes;
    private final LastBuild<Kept<T, R>> last = new LastBuild<>(HEAP_SHARE);

    /** @param bytes about how many bytes of the heap a result holds */
    KeptPerArticle(ToLongFunction<R> bytes) {
        this.bytes = bytes;
    }

    private record Kept<T, R>(List<T> items, List<R> results) {
    }

    /** {@code f} of each item, in order, taken from the last build's where the item is the same; kept for the next. */
    List<R> map(List<T> items, Function<T, R> f) {
        Kept<T, R> before = last.get();
        boolean comparable = before != null && before.items().size() == items.size();
        List<R> results = IntStream.range(0, items.size()).parallel()
                .mapToObj(i -> comparable && before.items().get(i) == items.get(i) ? before.results().get(i)
                        : f.apply(items.get(i)))
                .toList();
        last.keep(new Kept<>(items, results), results.stream().mapToLong(bytes).sum());
        return results;
    }
}

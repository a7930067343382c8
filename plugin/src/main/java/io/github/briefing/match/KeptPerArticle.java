package io.github.briefing.match;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * What a function gave for each article in the last build of this process that kept it: an article given again (the
 * same instance at the same place, as the article cache gives this process's unchanged articles) gets the same
 * result without the function being run again. Held softly.
 *
 * @param <T> the articles
 * @param <R> what the function gives for one
 */
final class KeptPerArticle<T, R> {

    private volatile SoftReference<Kept<T, R>> last = new SoftReference<>(null);

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
        last = new SoftReference<>(new Kept<>(items, results));
        return results;
    }
}

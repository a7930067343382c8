package io.github.briefing.render;

import io.github.briefing.match.Match;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * A value per match of the briefing, computed the first time a page asks for it, kept in an array by the match's
 * place ({@link SiteIndex#place}): every match is shown on several pages (its articles', its story's, the match
 * lists), and a concurrent map by identity cost a look-up through its table, node and key each time, a hundred
 * thousand times a build. Safe to use from several threads (two may compute a value at once; the first is kept).
 */
final class PerMatch<V> {

    private final SiteIndex index;
    private final Function<Match, V> compute;
    private final AtomicReferenceArray<V> values;

    PerMatch(SiteIndex index, Function<Match, V> compute) {
        this.index = index;
        this.compute = compute;
        this.values = new AtomicReferenceArray<>(index.briefing.matches().size());
    }

    /** The value for {@code m}, one of the briefing's matches. */
    V get(Match m) {
        int place = index.place(m);
        V value = values.get(place);
        if (value == null) {
            V computed = compute.apply(m);
            value = values.compareAndExchange(place, null, computed);
            return value != null ? value : computed;
        }
        return value;
    }
}

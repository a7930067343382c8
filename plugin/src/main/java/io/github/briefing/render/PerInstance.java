package io.github.briefing.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value computed once per object, by identity: a record's equals and hashCode walk all its parts, which for a
 * story or an article costs about what computing the value does. Safe to use from several threads.
 */
final class PerInstance<K, V> {

    private final Function<K, V> compute;
    private final Map<Identity, V> values = new ConcurrentHashMap<>();

    PerInstance(Function<K, V> compute) {
        this.compute = compute;
    }

    /** The value for {@code key}, computed on first use (two threads may both compute it; one value is kept). */
    V get(K key) {
        Identity id = new Identity(key);
        V value = values.get(id);
        if (value == null) {
            // not computeIfAbsent: a value may be computed from others of the same map
            value = compute.apply(key);
            V first = values.putIfAbsent(id, value);
            return first != null ? first : value;
        }
        return value;
    }

    /** An object compared by identity, whatever its own equals says. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }
}

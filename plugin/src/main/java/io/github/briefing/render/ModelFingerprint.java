package io.github.briefing.render;

import io.github.briefing.cache.Fingerprint;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * What a page is rendered from, as one fingerprint: equal for equal view models, whatever order a map or set was
 * filled in (maps by key, unordered sets sorted), so that a rebuild in another JVM recognises an unchanged page.
 * Records are read component by component; anything else by its text.
 *
 * <p>Records of the types given as shared (a story, a match as shown) appear on many pages of one build: each is
 * digested once and its digest stands for it, so that a page costs its own parts, not its neighbours' again.
 */
final class ModelFingerprint {

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    components.add(new Component(c.getName(), MethodHandles.lookup().unreflect(c.getAccessor())));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("render cannot read " + type.getName() + "." + c.getName(), e);
                }
            }
            return components;
        }
    };

    private record Component(String name, MethodHandle accessor) {
    }

    private final Set<Class<?>> shared;
    private final Map<?, String> inputs;
    private final PerInstance<Record, String> digests = new PerInstance<>(this::compute);

    /** @param shared the record types to digest once per instance */
    ModelFingerprint(Set<Class<?>> shared) {
        this(shared, Map.of());
    }

    /**
     * @param shared the record types to digest once per instance
     * @param inputs shared records, by identity, to a print of what they were computed from (equal prints, equal
     *               records): such a record is digested by that print instead of its text, which can be long
     */
    ModelFingerprint(Set<Class<?>> shared, Map<?, String> inputs) {
        this.shared = shared;
        this.inputs = inputs;
    }

    /** Texts are fed to the digest in pieces of about this many characters, so that a huge page's stays small. */
    private static final int PIECE = 16_384;
    /** Most pages and shared records are small: their text starts in a buffer this size and grows when needed. */
    private static final int SMALL = 1024;

    static String of(String... parts) {
        Fingerprint print = new Fingerprint();
        for (String part : parts) {
            print.add(part);
        }
        return print.hex();
    }

    /** The fingerprint of a page: its template, its place relative to the site's root, and its model's text. */
    String page(String template, String root, Object model) {
        Fingerprint print = new Fingerprint().add(template).add(root);
        StringBuilder out = new StringBuilder(SMALL);
        append(out, model, print, this);
        return print.add(out.toString()).hex();
    }

    /** The model as text that is equal exactly when the models are. */
    static String text(Object model) {
        StringBuilder out = new StringBuilder(4096);
        append(out, model, null, null);
        return out.toString();
    }

    /**
     * The text {@code value} is in the model of a page that holds it (a shared record's digest, anything else's text):
     * pages' models whose parts have equal texts have equal texts.
     */
    String part(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, null, this);
        return out.toString();
    }

    /** The digest that stands for a shared record on every page that shows it (computed once per instance). */
    String digest(Record shared) {
        return digests.get(shared);
    }

    private String compute(Record shared) {
        // (an empty immutable map would hash the record to look it up)
        String input = inputs.isEmpty() ? null : inputs.get(shared);
        if (input != null) {
            return new Fingerprint().add("input of " + shared.getClass().getName()).add(input).hex();
        }
        Fingerprint print = new Fingerprint();
        StringBuilder out = new StringBuilder(SMALL);
        appendRecord(out, shared, print, this);
        return print.add(out.toString()).hex();
    }

    /**
     * Appends the model's text to {@code out}; with a {@code print}, hands it full pieces and keeps the rest; with
     * a {@code build}, its shared records by their digests.
     */
    private static void append(StringBuilder out, Object value, Fingerprint print, ModelFingerprint build) {
        if (print != null && out.length() >= PIECE) {
            print.add(out.toString());
            out.setLength(0);
        }
        if (value == null) {
            out.append("\u0000null");
        } else if (value instanceof String s) {
            out.append('"').append(s.length()).append(':').append(s);
        } else if (value instanceof Record r && build != null && build.shared.contains(r.getClass())) {
            out.append('#').append(build.digest(r));
        } else if (value instanceof Record r) {
            appendRecord(out, r, print, build);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{').append(map.size()).append(':');
            map.entrySet().stream().sorted(Comparator.comparing(e -> String.valueOf(e.getKey()))).forEach(e -> {
                append(out, e.getKey(), print, build);
                out.append("=>");
                append(out, e.getValue(), print, build);
                out.append(',');
            });
            out.append('}');
        } else if (value instanceof Collection<?> items) {
            out.append('[').append(items.size()).append(':');
            Collection<?> ordered = value instanceof Set<?> && !(value instanceof SortedSet<?>)
                    ? items.stream().map(ModelFingerprint::text).sorted().toList() : items;
            for (Object item : ordered) {
                append(out, item, print, build);
                out.append(',');
            }
            out.append(']');
        } else {
            out.append(value.getClass().getSimpleName()).append(':').append(value);
        }
    }

    private static void appendRecord(StringBuilder out, Record r, Fingerprint print, ModelFingerprint build) {
        out.append(r.getClass().getName()).append('(');
        for (Component c : COMPONENTS.get(r.getClass())) {
            out.append(c.name()).append('=');
            append(out, read(c, r), print, build);
            out.append(',');
        }
        out.append(')');
    }

    private static Object read(Component c, Record r) {
        try {
            return c.accessor().invoke(r);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("render cannot read " + c.name(), e);
        }
    }
}

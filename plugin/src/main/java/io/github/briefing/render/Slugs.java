package io.github.briefing.render;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * File names for pages, derived by the engine alone: whatever an id, outlet or title holds ("../../x", slashes,
 * any script), the name is [a-z0-9-] and cannot leave its folder. Names that collide get -2, -3 in key order.
 */
final class Slugs {

    private static final int MAX = 80;

    private Slugs() {
    }

    /**
     * Slugs made, by text: a build names every article, outlet and story (a story several times), each with a few
     * regular expressions, and an edit loop's builds name the same ones again. Kept up to a bound, as the JVM of an
     * edit loop lives long.
     */
    private static final Map<String, String> MADE = new ConcurrentHashMap<>();
    private static final int KEPT = 1 << 16;

    static String slug(String text) {
        String made = MADE.get(text);
        if (made == null) {
            made = make(text);
            if (MADE.size() < KEPT) {
                MADE.put(text, made);
            }
        }
        return made;
    }

    private static String make(String text) {
        String ascii = Normalizer.normalize(io.github.briefing.analyse.NameKey.latin(text), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "page" : slug;
    }

    /** A unique slug per key, stable for a given set of keys: keys are taken in sorted order. */
    static Map<String, String> unique(Collection<String> keys) {
        Map<String, String> result = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        keys.stream().sorted().distinct().forEach(key -> {
            String base = slug(key);
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = base + "-" + n;
            }
            result.put(key, candidate);
        });
        return result;
    }
}

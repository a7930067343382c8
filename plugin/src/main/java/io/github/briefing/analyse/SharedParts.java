package io.github.briefing.analyse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An analysed article's parts made from strings that are {@link #share shared} already, and in order where the part
 * is ordered, as the article cache reads them (each distinct string once per file). They are taken as they are:
 * sorting them again and looking each one up in the large table of shared strings took most of loading the cache in
 * a fresh process. The arrays passed are kept, not copied.
 */
public final class SharedParts {

    private SharedParts() {
    }

    /** The one instance of this string that articles share. */
    public static String share(String value) {
        return SharedStrings.of(value);
    }

    /** A set of shared strings in strictly ascending order; throws when they are not in that order. */
    public static Set<String> sortedSet(String[] sorted) {
        return SortedStrings.ofSortedShared(sorted);
    }

    /** Counts of shared strings in strictly ascending order; throws when they are not in that order. */
    public static Map<String, Integer> sortedCounts(String[] sortedKeys, int[] counts) {
        return SortedCounts.ofSortedShared(sortedKeys, counts);
    }

    /** Shared strings in their order. */
    public static List<String> list(String[] shared) {
        return SharedList.ofShared(shared);
    }
}

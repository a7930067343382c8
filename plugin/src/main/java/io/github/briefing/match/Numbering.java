package io.github.briefing.match;

/**
 * Names numbered 0, 1, 2... in the order first given. The match stage numbers every feature of every article in
 * each build (millions of lookups at 10,000 articles): an open-addressing table of names, their hashes and
 * numbers, without a boxed entry per name as a {@code HashMap<String, Integer>} holds.
 */
final class Numbering {

    private String[] names;
    /**
     * Each slot's hash and number side by side ({@code 2 * slot}, {@code 2 * slot + 1}): a lookup that finds its name
     * reads one line of memory for both, and the corpus's feature table is far larger than a cache.
     */
    private int[] entries;
    private int size;

    /** @param expected how many names it will probably hold: a guess, the table grows past it */
    Numbering(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2) * 2;
        names = new String[capacity];
        entries = new int[2 * capacity];
    }

    /** The name's number: the one it was given before, or the next one when it is new. */
    int number(String name) {
        return number(name, name.hashCode());
    }

    /** As {@link #number(String)}, given the name's hash ({@link String#hashCode}). */
    int number(String name, int hash) {
        int mask = names.length - 1;
        int slot = spread(hash) & mask;
        for (String held; (held = names[slot]) != null; slot = (slot + 1) & mask) {
            if (entries[2 * slot] == hash && (held == name || held.equals(name))) {
                return entries[2 * slot + 1];
            }
        }
        names[slot] = name;
        entries[2 * slot] = hash;
        entries[2 * slot + 1] = size;
        if (++size * 2 > names.length) {
            grow();
        }
        return size - 1;
    }

    /** The name's number, or -1 when it has none; changes nothing. */
    int find(String name, int hash) {
        int mask = names.length - 1;
        for (int slot = spread(hash) & mask; names[slot] != null; slot = (slot + 1) & mask) {
            if (entries[2 * slot] == hash && (names[slot] == name || names[slot].equals(name))) {
                return entries[2 * slot + 1];
            }
        }
        return -1;
    }

    /** How many names it holds. */
    int size() {
        return size;
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldEntries = entries;
        names = new String[oldNames.length * 2];
        entries = new int[2 * names.length];
        int mask = names.length - 1;
        for (int k = 0; k < oldNames.length; k++) {
            if (oldNames[k] != null) {
                int slot = spread(oldEntries[2 * k]) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = oldNames[k];
                entries[2 * slot] = oldEntries[2 * k];
                entries[2 * slot + 1] = oldEntries[2 * k + 1];
            }
        }
    }

    /** Similar names' hashes differ little in their low bits: all bits mixed into those that pick a slot. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}

package io.github.briefing.match;

/**
 * Names numbered 0, 1, 2... in the order first given. The match stage numbers every feature of every article in
 * each build (millions of lookups at 10,000 articles): an open-addressing table of names, their hashes and
 * numbers, without a boxed entry per name as a {@code HashMap<String, Integer>} holds.
 */
final class Numbering {

    private String[] names;
    private int[] hashes;
    private int[] numbers;
    private int size;

    /** @param expected how many names it will probably hold: a guess, the table grows past it */
    Numbering(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2) * 2;
        names = new String[capacity];
        hashes = new int[capacity];
        numbers = new int[capacity];
    }

    /** The name's number: the one it was given before, or the next one when it is new. */
    int number(String name) {
        int hash = name.hashCode();
        int mask = names.length - 1;
        int slot = spread(hash) & mask;
        for (String held; (held = names[slot]) != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && (held == name || held.equals(name))) {
                return numbers[slot];
            }
        }
        names[slot] = name;
        hashes[slot] = hash;
        numbers[slot] = size;
        if (++size * 2 > names.length) {
            grow();
        }
        return size - 1;
    }

    /** How many names it holds. */
    int size() {
        return size;
    }

    private void grow() {
        String[] oldNames = names;
        int[] oldHashes = hashes;
        int[] oldNumbers = numbers;
        names = new String[oldNames.length * 2];
        hashes = new int[names.length];
        numbers = new int[names.length];
        int mask = names.length - 1;
        for (int k = 0; k < oldNames.length; k++) {
            if (oldNames[k] != null) {
                int slot = spread(oldHashes[k]) & mask;
                while (names[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                names[slot] = oldNames[k];
                hashes[slot] = oldHashes[k];
                numbers[slot] = oldNumbers[k];
            }
        }
    }

    /** Similar names' hashes differ little in their low bits: all bits mixed into those that pick a slot. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }
}

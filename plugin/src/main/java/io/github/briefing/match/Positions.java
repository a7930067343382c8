package io.github.briefing.match;

/**
 * Where each number is in one of several lists of distinct numbers (one article's features, or its anchors), one
 * list at a time: comparing another list with it then reads the other's numbers once, in order, and looks each up,
 * where a merge of the two sorted lists steps through both with branches that go either way at random. Candidate
 * pairs come grouped by their first article, a few dozen each, so one list laid out serves all of them. One thread's.
 */
final class Positions {

    private final int[][] lists;
    private final int numbers;
    /**
     * Where each number is in the list held, plus one; 0 where it is not in it. Made when first asked for: a rebuild
     * recalls most pairs' scores, and most places to lay out would be made and never used.
     */
    private int[] at;
    /** The list held, or -1. */
    private int held = -1;

    /** @param numbers how many numbers there are: each of the lists' is below it */
    Positions(int[][] lists, int numbers) {
        this.lists = lists;
        this.numbers = numbers;
    }

    /** Where each number is in list i, plus one (0: not in it), by number: held until another list is asked for. */
    int[] in(int i) {
        if (at == null) {
            at = new int[numbers];
        }
        if (i != held) {
            if (held >= 0) {
                for (int number : lists[held]) {
                    at[number] = 0;
                }
            }
            int[] list = lists[i];
            for (int k = 0; k < list.length; k++) {
                at[list[k]] = k + 1;
            }
            held = i;
        }
        return at;
    }
}

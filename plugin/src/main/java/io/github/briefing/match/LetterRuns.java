package io.github.briefing.match;

import java.util.Arrays;

/**
 * Words spelled in Latin letters ({@link io.github.briefing.analyse.Spelling}) cut into overlapping runs of four
 * letters, each word's start and end marked. Words that share a root share runs whatever their endings and whatever
 * the language: presidente, president and Präsident share " pre", "pres", "resi", "side"; Turkish and Polish
 * endings, Arabic prefixes and Cyrillic spellings of one name meet where whole words or five-letter stems would not.
 * A run is a number below {@link #CODES} (37 symbols: the space, a-z, 0-9), so that the hundreds of runs of every
 * article are counted and numbered without making a string of each.
 *
 * @param codes  each run once, ascending
 * @param counts how often each occurs
 */
record LetterRuns(int[] codes, int[] counts) {

    /** Letters per run: three are shared by chance by unrelated words, five miss short roots. */
    static final int RUN = 4;
    private static final String SYMBOLS = " abcdefghijklmnopqrstuvwxyz0123456789";
    /** How many runs there can be. */
    static final int CODES = (int) Math.pow(SYMBOLS.length(), RUN);
    /** The codes of runs one letter shorter: what a run keeps of the one before it. */
    private static final int LAST_THREE = CODES / SYMBOLS.length();

    /** The runs of words in lowercase Latin letters and digits, separated by single spaces. */
    static LetterRuns of(String words) {
        int[] all = new int[Math.max(0, words.length() - 1)];
        int size = 0;
        // One pass, the run ending at each symbol rolled on from the one before: " " + words + " " marked.
        int code = 0;
        int since = 1;
        for (int k = 0; k <= words.length(); k++) {
            int symbol = k < words.length() ? symbol(words.charAt(k)) : 0;
            code = code % LAST_THREE * SYMBOLS.length() + symbol;
            if (++since >= RUN) {
                all[size++] = code;
            }
            if (symbol == 0) {
                // A space ends one word's runs and is the mark before the next word's.
                code = 0;
                since = 1;
            }
        }
        Arrays.sort(all, 0, size);
        int[] codes = new int[size];
        int[] counts = new int[size];
        int distinct = 0;
        for (int k = 0; k < size; k++) {
            if (distinct > 0 && codes[distinct - 1] == all[k]) {
                counts[distinct - 1]++;
            } else {
                codes[distinct] = all[k];
                counts[distinct++] = 1;
            }
        }
        return new LetterRuns(Arrays.copyOf(codes, distinct), Arrays.copyOf(counts, distinct));
    }

    /** About how many bytes of the heap the runs hold. */
    long bytes() {
        return (long) Integer.BYTES * (codes.length + counts.length);
    }

    private static int symbol(int c) {
        if (c == ' ') {
            return 0;
        } else if (c >= 'a' && c <= 'z') {
            return 1 + c - 'a';
        } else if (c >= '0' && c <= '9') {
            return 27 + c - '0';
        }
        throw new IllegalArgumentException("not a lowercase Latin letter, digit or space: " + (char) c);
    }

    /** The run a code stands for. */
    static String name(int code) {
        char[] letters = new char[RUN];
        for (int k = RUN - 1; k >= 0; k--) {
            letters[k] = SYMBOLS.charAt(code % SYMBOLS.length());
            code /= SYMBOLS.length();
        }
        return new String(letters);
    }
}

package io.github.briefing.analyse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of an article in a language that capitalises every noun, as its own text shows them. A name stands beside
 * another capitalised word inside a sentence ("Olaf Scholz", "Europäische Union"), where a noun mostly stands beside
 * lower-case articles, adjectives and verbs. Of a run of three or more, the first is mostly a role ("Präsident Joe
 * Biden") and is left out; a run that follows a number is a measure ("2,5 Millionen Euro"); and a word the article
 * also writes after an article or a preposition joined with one ("der Stadtrat", "im Stadtrat") is a noun wherever it
 * stands. Fed the article's name candidates and number readings in reading order.
 */
final class NameRuns {

    private final String text;
    private final List<int[]> spans;
    private final Set<String> determiners;
    private final Set<String> named = new HashSet<>();
    private final Set<String> determined = new HashSet<>();
    /** The words of the last number read in words, [from, end). */
    private int numberFrom = -1;
    private int numberEnd = -1;
    /** The current run of candidates, by key, and where its last word is. */
    private final List<String> run = new ArrayList<>();
    private int last = -2;
    /** Whether the current run began after a number. */
    private boolean measure;

    /**
     * @param spans       the text's words ({start, end}), which the candidates' positions index
     * @param determiners the language's articles and prepositions joined with one, in lower case
     */
    NameRuns(String text, List<int[]> spans, Set<String> determiners) {
        this.text = text;
        this.spans = spans;
        this.determiners = determiners;
    }

    /** Words {@code from} to {@code end} (exclusive) spell a number. */
    void number(int from, int end) {
        numberFrom = from;
        numberEnd = end;
    }

    /** Word {@code t}, of name key {@code key}, is capitalised inside a sentence. */
    void candidate(int t, String key) {
        if (t > 0 && determiners.contains(word(t - 1).toLowerCase(Locale.ROOT))) {
            determined.add(key);
        }
        boolean joined = t == last + 1 && text.startsWith(" ", spans.get(last)[1])
                && spans.get(last)[1] + 1 == spans.get(t)[0] && !inNumber(t);
        if (!joined) {
            endRun();
            measure = inNumber(t) || afterDigit(spans.get(t)[0]);
        }
        run.add(key);
        last = t;
    }

    /** What the text shows of its candidates, once all are given. */
    Evidence evidence() {
        endRun();
        return new Evidence(Set.copyOf(named), Set.copyOf(determined));
    }

    /**
     * What a text shows of its name candidates: those it writes in runs of names, and those it writes after an
     * article or a preposition joined with one. Of two pieces of one text that no run crosses (a headline line and
     * the body under it), the evidence is that of each together.
     */
    record Evidence(Set<String> named, Set<String> determined) {

        static final Evidence NONE = new Evidence(Set.of(), Set.of());

        Evidence with(Evidence other) {
            if (other.named.isEmpty() && other.determined.isEmpty()) {
                return this;
            }
            Set<String> allNamed = new HashSet<>(named);
            allNamed.addAll(other.named);
            Set<String> allDetermined = new HashSet<>(determined);
            allDetermined.addAll(other.determined);
            return new Evidence(allNamed, allDetermined);
        }

        /** The candidates' keys the text does not show to be names, in the order given. */
        Set<String> unnamed(Set<String> candidates) {
            Set<String> unnamed = new LinkedHashSet<>(candidates);
            for (String key : named) {
                if (!determined.contains(key)) {
                    unnamed.remove(key);
                }
            }
            return unnamed;
        }

        /** Those of the nouns the article also writes after an article or a preposition joined with one. */
        Set<String> afterArticles(Set<String> nouns) {
            Set<String> common = new HashSet<>(nouns);
            common.retainAll(determined);
            return common;
        }
    }

    private void endRun() {
        if (run.size() >= 2 && !measure) {
            named.addAll(run.subList(run.size() >= 3 ? 1 : 0, run.size()));
        }
        run.clear();
    }

    private String word(int t) {
        return text.substring(spans.get(t)[0], spans.get(t)[1]);
    }

    private boolean inNumber(int t) {
        return t >= numberFrom && t < numberEnd;
    }

    private boolean afterDigit(int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isDigit(c);
            }
        }
        return false;
    }
}

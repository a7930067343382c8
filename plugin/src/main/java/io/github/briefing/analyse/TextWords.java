package io.github.briefing.analyse;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The distinct words of one text, each with its {@link WordFacts} and how often the text counts it toward its terms.
 * A text repeats its words: each is looked up once in the large memo of facts, whose reads mostly miss the
 * processor's caches, and then in this small map, which stays in them; and an occurrence adds one to its word here,
 * the terms being summed once per word at the end, where a look-up in a map of terms per occurrence cost more.
 */
final class TextWords {

    private final Function<String, WordFacts> facts;
    private final Map<String, Word> words = new HashMap<>();

    /** A word of the text, with its occurrences counted so far. */
    static final class Word {

        private final WordFacts facts;
        private int counted;
        private int termOnly;

        private Word(WordFacts facts) {
            this.facts = facts;
        }

        WordFacts facts() {
            return facts;
        }

        /** One more occurrence, at word {@code at}; in the lead (when given), one of its features. */
        void count(LeadWords.Builder lead, int at) {
            counted++;
            if (lead != null) {
                facts.lead(lead, at);
            }
        }

        /** One more occurrence that counts its term alone, as the further words of a place's name. */
        void countTerm(LeadWords.Builder lead, int at) {
            termOnly++;
            if (lead != null) {
                facts.leadTerm(lead, at);
            }
        }
    }

    /** @param facts where a word's facts come from the first time the text names it */
    TextWords(Function<String, WordFacts> facts) {
        this.facts = facts;
    }

    Word of(String word) {
        Word known = words.get(word);
        if (known == null) {
            known = new Word(facts.apply(word));
            words.put(word, known);
        }
        return known;
    }

    /** The terms of the occurrences counted, with their counts (keys are shared strings). */
    Map<String, Integer> terms() {
        Map<String, Integer> terms = new HashMap<>();
        for (Word word : words.values()) {
            if (word.counted + word.termOnly > 0) {
                word.facts.addTerms(terms, word.counted, word.termOnly);
            }
        }
        return terms;
    }
}

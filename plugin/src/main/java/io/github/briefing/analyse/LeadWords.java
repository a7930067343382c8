package io.github.briefing.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lead features that a text's first {@link AnchorExtractor#LEAD_WORDS} words give ({@code w:}, {@code n:},
 * {@code p:} counted, {@code s:} present), each with the word it was read at, and the text up to the last of those
 * words. A body read on its own so gives the lead of any headline above it: a headline of k words leaves the body
 * its first {@code LEAD_WORDS - k} words. Features are {@link SharedStrings}, given so to the {@link Builder} (a
 * reader makes each once per word, not once per article).
 */
final class LeadWords {

    static final LeadWords NONE = new Builder().build("", List.of());

    private final String[] counted;
    private final int[] countedAt;
    private final String[] spelled;
    private final int[] spelledAt;
    /** The text up to the end of its last lead word, and where each lead word ends in it. */
    private final String text;
    private final int[] ends;
    /** The numbers written up to the end of the last lead word. */
    private final Set<String> numbers;

    private LeadWords(Builder builder, String text, int[] ends) {
        this.counted = builder.counted.toArray(String[]::new);
        this.countedAt = builder.countedAt.stream().mapToInt(Integer::intValue).toArray();
        this.spelled = builder.spelled.toArray(String[]::new);
        this.spelledAt = builder.spelledAt.stream().mapToInt(Integer::intValue).toArray();
        this.text = text;
        this.ends = ends;
        this.numbers = ends.length == 0 ? Set.of() : NumberReader.read(text);
    }

    /** How many words the text has in its lead. */
    int words() {
        return ends.length;
    }

    /** Adds the features of the first {@code words} words to a lead: counts summed, numbers in words present. */
    void addTo(Map<String, Integer> lead, int words) {
        for (int i = 0; i < counted.length && countedAt[i] < words; i++) {
            lead.merge(counted[i], 1, Integer::sum);
        }
        for (int i = 0; i < spelled.length && spelledAt[i] < words; i++) {
            lead.put(spelled[i], 1);
        }
    }

    /** The numbers written in the text up to the end of its first {@code words} words (at least one). */
    Set<String> numbers(int words) {
        return words >= ends.length ? numbers : NumberReader.read(text.substring(0, ends[words - 1]));
    }

    /** Collects the features in reading order, each at the word it is read at. */
    static final class Builder {

        private final List<String> counted = new ArrayList<>();
        private final List<Integer> countedAt = new ArrayList<>();
        private final List<String> spelled = new ArrayList<>();
        private final List<Integer> spelledAt = new ArrayList<>();

        /** One more occurrence of a feature (a shared string) at word {@code at}. */
        void count(String feature, int at) {
            counted.add(feature);
            countedAt.add(at);
        }

        /** A number written in words (a shared string) at word {@code at}: present, however often. */
        void spell(String feature, int at) {
            spelled.add(feature);
            spelledAt.add(at);
        }

        /** The lead of a text whose words have these spans ({start, end}). */
        LeadWords build(String text, List<int[]> spans) {
            int[] ends = new int[Math.min(spans.size(), AnchorExtractor.LEAD_WORDS)];
            for (int t = 0; t < ends.length; t++) {
                ends[t] = spans.get(t)[1];
            }
            return new LeadWords(this, ends.length == 0 ? "" : text.substring(0, ends[ends.length - 1]), ends);
        }
    }
}

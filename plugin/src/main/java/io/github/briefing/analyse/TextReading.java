package io.github.briefing.analyse;

import io.github.briefing.describe.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analyse stage reads in one piece of an article's text on its own: the line of its headline, or its body.
 * An article is read as its headline line, then its body ({@link AnchorExtractor}), and no word, name run, place,
 * number or date is read across the line break between them; so the two pieces read apart and joined here give what
 * the whole text gives, and a body that copies carry under headlines of their own is read once. Sets are
 * {@link SortedStrings}, lists and counts hold {@link SharedStrings}, so that joining looks nothing up again.
 *
 * @param words     how many words the piece has: a body's words come after the headline's in the lead
 * @param order     its names and places as anchor features ({@code n:}, {@code p:}), in reading order
 * @param names     its name candidates (in a language that capitalises nouns, also those that are nouns)
 * @param numbers   its numbers as anchor features ({@code #:}), in reading order, each once
 * @param evidence  what it shows of its name candidates ({@link NameRuns}; none in other languages)
 * @param opensWithName whether its first word is a name candidate (which would look at the word before it)
 */
record TextReading(int words, List<String> order, Set<String> names, Set<String> places, Set<String> skeletons,
                   Set<String> spelled, Set<String> acronyms, Set<String> dates, Set<String> numberSet,
                   List<String> numbers, SortedCounts terms, LeadWords lead, NameRuns.Evidence evidence,
                   List<Integer> sentences, boolean opensWithName) {

    /** The reading of no text, as the headline line of an article without a headline of its own. */
    static final TextReading NONE = new TextReading(0, SharedList.ofShared(List.of()), SortedStrings.of(Set.of()),
            SortedStrings.of(Set.of()), SortedStrings.of(Set.of()), SortedStrings.of(Set.of()),
            SortedStrings.of(Set.of()), SortedStrings.of(Set.of()), SortedStrings.of(Set.of()),
            SharedList.ofShared(List.of()), SortedCounts.ofShared(Map.of()), LeadWords.NONE,
            NameRuns.Evidence.NONE, List.of(), false);

    /**
     * The analysis of an article whose text is {@code headline} followed by {@code body}, dated by the text alone
     * (not by the article's own date).
     */
    static AnalysedArticle joined(Article article, TextReading headline, TextReading body, Spelling spelling,
                                  LeadFigure figure) {
        Set<String> names = SortedStrings.union(headline.names, body.names);
        Set<String> nouns = Set.of();
        Set<String> common = Set.of();
        if (NounCapitals.capitalisesNouns(article.lang())) {
            NameRuns.Evidence evidence = headline.evidence.with(body.evidence);
            nouns = evidence.unnamed(names);
            Set<String> named = new HashSet<>(names);
            named.removeAll(nouns);
            names = named;
            common = evidence.afterArticles(nouns);
        }
        Anchors anchors = new Anchors(names, nouns, common, SortedStrings.union(headline.places, body.places),
                SortedStrings.union(headline.numberSet, body.numberSet),
                SortedStrings.union(headline.spelled, body.spelled), SortedStrings.union(headline.dates, body.dates),
                SortedStrings.union(headline.acronyms, body.acronyms));
        List<String> order = new ArrayList<>(headline.order.size() + body.order.size() + headline.numbers.size()
                + body.numbers.size());
        order.addAll(headline.order);
        order.addAll(body.order);
        order.addAll(headline.numbers);
        for (String number : body.numbers) {
            if (headline.numbers.isEmpty() || !headline.numbers.contains(number)) {
                order.add(number);
            }
        }
        Map<String, Integer> lead = lead(headline, body);
        return new AnalysedArticle(article, anchors,
                nouns.isEmpty() ? SharedList.ofShared(order) : NounNames.renamed(order, nouns, NounNames.NAME,
                        NounNames.NOUN),
                SortedStrings.union(headline.skeletons, body.skeletons), SortedCounts.sum(headline.terms, body.terms),
                nouns.isEmpty() ? SortedCounts.ofShared(lead) : NounNames.renamed(lead, nouns, NounNames.NAME,
                        NounNames.NOUN),
                concatenated(headline.sentences, body.sentences), spelling, figure);
    }

    /**
     * The lead of the headline's words and as many of the body's as make {@link AnchorExtractor#LEAD_WORDS}, with
     * the numbers written up to the last of them.
     */
    private static Map<String, Integer> lead(TextReading headline, TextReading body) {
        Map<String, Integer> lead = new HashMap<>();
        int left = AnchorExtractor.LEAD_WORDS - headline.words;
        headline.lead.addTo(lead, AnchorExtractor.LEAD_WORDS);
        Set<String> numbers;
        if (left > 0 && body.words > 0) {
            body.lead.addTo(lead, left);
            numbers = new HashSet<>(headline.numberSet);
            numbers.addAll(body.lead.numbers(left));
        } else {
            numbers = headline.lead.numbers(AnchorExtractor.LEAD_WORDS);
        }
        for (String number : numbers) {
            lead.put(SharedStrings.of("#:" + number), 1);
        }
        return lead;
    }

    private static List<Integer> concatenated(List<Integer> a, List<Integer> b) {
        if (a.isEmpty()) {
            return b;
        }
        List<Integer> both = new ArrayList<>(a.size() + b.size());
        both.addAll(a);
        both.addAll(b);
        return both;
    }
}

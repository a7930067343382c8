package io.github.briefing.analyse;

import java.util.Set;

/**
 * The language-independent anchors of an article: what two articles in different languages share when they tell
 * the same story. Every value is normalised so that equal things compare equal across languages and scripts.
 *
 * @param names    person and organisation names as {@link NameKey}s ("guaido", "kolomb")
 * @param nouns    capitalised words of a language that capitalises every noun, as {@link NameKey}s, that nothing in
 *                 the article shows to be names (Prozess, Leben, and names written once alone): a weaker anchor, shown
 *                 to no reader; {@link NounNames} makes those another language writes as names into names
 * @param common   those of the nouns the article also writes after an article ("im Jahr"): nouns for certain, which
 *                 no other language's name of the same key makes names (Jahr ~ Yarra, Krise ~ Chris)
 * @param places   ISO 3166 country codes of the places named
 * @param numbers  quantities as plain integers or decimals ("1000", "3000000")
 * @param spelled  quantities written in words ("three", "tiga", "dritten"), as plain integers: a word for a number is
 *                 bound to its language as a name is to its script, and meets only numbers written in words elsewhere
 * @param dates    ISO dates written in the text
 * @param acronyms upper-case abbreviations in Latin script ("AFP", "IISS")
 */
public record Anchors(Set<String> names, Set<String> nouns, Set<String> common, Set<String> places,
                      Set<String> numbers, Set<String> spelled, Set<String> dates, Set<String> acronyms) {

    public Anchors {
        names = SortedStrings.of(names);
        nouns = SortedStrings.of(nouns);
        common = SortedStrings.of(common);
        places = SortedStrings.of(places);
        numbers = SortedStrings.of(numbers);
        spelled = SortedStrings.of(spelled);
        dates = SortedStrings.of(dates);
        acronyms = SortedStrings.of(acronyms);
    }

    /** Anchors of a language that capitalises names only. */
    public Anchors(Set<String> names, Set<String> places, Set<String> numbers, Set<String> spelled,
                   Set<String> dates, Set<String> acronyms) {
        this(names, Set.of(), Set.of(), places, numbers, spelled, dates, acronyms);
    }

    /** Anchors without numbers written in words. */
    public Anchors(Set<String> names, Set<String> places, Set<String> numbers, Set<String> dates,
                   Set<String> acronyms) {
        this(names, places, numbers, Set.of(), dates, acronyms);
    }
}

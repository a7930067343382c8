package io.github.briefing.match;

import java.util.List;

/** The anchors two articles share, strongest (rarest) first: why they were matched. */
public record Evidence(List<String> names, List<String> places, List<String> numbers, List<String> dates,
                       List<String> acronyms) {

    public Evidence {
        names = List.copyOf(names);
        places = List.copyOf(places);
        numbers = List.copyOf(numbers);
        dates = List.copyOf(dates);
        acronyms = List.copyOf(acronyms);
    }
}

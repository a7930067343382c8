package io.github.briefing.render;

import io.github.briefing.analyse.NumberReader;
import io.github.briefing.analyse.PlaceNames;
import io.github.briefing.match.Evidence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks the anchors two articles share in the text of either: names by their key, places by their country code,
 * numbers by their value, so that "Colombia" and "Kolombia", "1,000" and "1.000", "3 million" and "3 juta" light up
 * alike on both sides. Each distinct paragraph is marked once: aligning reads its anchors, the page shows its marks,
 * and a wire copy beside its original holds the same paragraphs on both sides. Not thread-safe.
 */
final class AnchorMarks {

    private final Set<String> names;
    private final Set<String> places;
    private final Set<String> numbers;
    private final Words words;
    private final Map<String, List<Span>> marked = new HashMap<>();

    AnchorMarks(Evidence evidence, Words words) {
        this.names = new HashSet<>(evidence.names());
        this.places = new HashSet<>(evidence.places());
        this.numbers = new HashSet<>(evidence.numbers());
        this.words = words;
    }

    /** The text as runs of plain and marked text (the same list each time it is asked for). */
    List<Span> mark(String text) {
        List<Span> spans = marked.get(text);
        if (spans == null) {
            spans = Collections.unmodifiableList(spans(text));
            marked.put(text, spans);
        }
        return spans;
    }

    private List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        List<Words.Word> list = Words.of(text);
        int done = 0;
        for (int i = 0; i < list.size(); i++) {
            Words.Word w = list.get(i);
            int end = w.end();
            String anchor = null;
            if (w.numeric()) {
                // A scale word that follows belongs to the number: "3 juta" is 3000000, "16.500 kaki" is 16500.
                Words.Word next = i + 1 < list.size() ? list.get(i + 1) : null;
                String alone = first(NumberReader.read(w.text()));
                String scaled = next == null ? alone : first(NumberReader.read(text.substring(w.start(), next.end())));
                if (!scaled.equals(alone) && numbers.contains(scaled)) {
                    anchor = "number";
                    end = next.end();
                    i++;
                } else if (numbers.contains(alone)) {
                    anchor = "number";
                }
            } else if (mayBeName(w) && names.contains(words.key(w.text()))) {
                anchor = "name";
            } else if (w.capitalised() && isSharedPlace(w.text())) {
                anchor = "place";
            }
            if (anchor != null) {
                if (w.start() > done) {
                    spans.add(new Span(text.substring(done, w.start()), null));
                }
                spans.add(new Span(text.substring(w.start(), end), anchor));
                done = end;
            }
        }
        if (done < text.length()) {
            spans.add(new Span(text.substring(done), null));
        }
        return spans;
    }

    /**
     * Whether a word could be one of the names: a name is capitalised in a script with case (the analyse stage finds
     * them so), and keying a word costs its transliteration, most of a side-by-side page when every word was keyed.
     */
    private boolean mayBeName(Words.Word w) {
        return !names.isEmpty() && !Character.isLowerCase(w.text().codePointAt(0));
    }

    /** The anchors of a paragraph that this pair shares: what aligns it with its counterpart. */
    Set<String> shared(String text) {
        Set<String> found = new HashSet<>();
        for (Span s : mark(text)) {
            if (s.anchor() != null) {
                found.add(s.anchor().equals("name") ? words.key(s.text()) : s.anchor() + ":" + normal(s));
            }
        }
        return found;
    }

    private String normal(Span s) {
        return s.anchor().equals("number") ? first(NumberReader.read(s.text()))
                : PlaceNames.get().code(s.text()).or(() -> PlaceNames.get().codeOfDerivedWord(s.text())).orElse("");
    }

    private boolean isSharedPlace(String word) {
        PlaceNames gazetteer = PlaceNames.get();
        String code = gazetteer.code(word).or(() -> gazetteer.codeOfDerivedWord(word)).orElse(null);
        return code != null && places.contains(code);
    }

    private static String first(Set<String> values) {
        return values.isEmpty() ? "" : values.iterator().next();
    }
}

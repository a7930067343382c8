package io.github.briefing.render;

import io.github.briefing.analyse.NameKey;
import io.github.briefing.match.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class AnchorMarksTest {

    private final AnchorMarks marks = new AnchorMarks(new Evidence(List.of(NameKey.of("Huaman")), List.of("PE"),
            List.of("2500", "3000000"), List.of(), List.of()), new Words());

    private static List<String> marked(List<Span> spans) {
        return spans.stream().filter(s -> s.anchor() != null).map(s -> s.anchor() + ":" + s.text()).toList();
    }

    @Test
    void marksSharedNamesPlacesAndNumbersWhateverTheSpelling() {
        assertEquals(List.of("place:Perú", "number:2.500", "name:Huamán"),
                marked(marks.mark("En Perú se recogieron 2.500 toneladas, según Huamán.")));
        assertEquals(List.of("place:Peru", "number:2,500", "name:Huaman"),
                marked(marks.mark("Peru harvested 2,500 tonnes, Huaman said.")));
    }

    @Test
    void aScaleWordBelongsToItsNumberButAUnitDoesNot() {
        assertEquals(List.of("number:3 millones"), marked(marks.mark("Se esperan 3 millones de dólares.")));
        assertEquals(List.of("number:2,500"), marked(marks.mark("About 2,500 tonnes.")));
    }

    @Test
    void keepsEveryCharacterOfTheText() {
        String text = "Peru (2,500) \u2014 Huaman!";
        assertEquals(text, String.join("", marks.mark(text).stream().map(Span::text).toList()));
    }

    @Test
    void marksAParagraphOnceAndReadsItsSharedAnchorsFromTheMarks() {
        String text = "Huamán counted 2.500 sacks in Perú.";
        List<Span> first = marks.mark(text);
        assertSame(first, marks.mark(new String(text.toCharArray())));
        assertEquals(java.util.Set.of(NameKey.of("Huaman"), "number:2500", "place:PE"), marks.shared(text));
    }

    @Test
    void aNameIsMarkedWhereTheTextCapitalisesItOrHasNoCase() {
        AnchorMarks twoNames = new AnchorMarks(new Evidence(List.of(NameKey.of("Huaman"), NameKey.of("\u738b\u6bc5")),
                List.of(), List.of(), List.of(), List.of()), new Words());
        assertEquals(List.of("name:Huaman"), marked(twoNames.mark("Huaman spoke of the huaman harvest.")));
        assertEquals(List.of("name:\u738b\u6bc5"), marked(twoNames.mark("\u738b\u6bc5 \u8bf4")));
    }

    @Test
    void leavesOtherNamesAndNumbersPlain() {
        assertEquals(List.of(), marked(marks.mark("Quispe counted 40 sacks in Bolivia.")));
    }
}

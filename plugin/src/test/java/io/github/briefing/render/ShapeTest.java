package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ShapeTest {

    private static final String HOSTILE = "Tom & \"Jerry\" <b>'s</b> \u00e9t\u00e9 \uE000";

    @Test
    void valuesGoBackEscapedWhereTheTemplateEscapedTheirMarksAndAsTheyAreWhereItDidNot() {
        Shape.Marks marks = new Shape.Marks();
        String title = marks.of(HOSTILE);
        String body = marks.of("<p>" + HOSTILE + "</p>");
        String marked = "<h1 title=\"" + Shape.escape(title) + "\">" + Shape.escape(title) + "</h1>" + body + "!";
        Shape shape = Shape.of(marked);
        assertNotNull(shape, marked);
        assertEquals("<h1 title=\"" + Shape.escape(HOSTILE) + "\">" + Shape.escape(HOSTILE) + "</h1><p>" + HOSTILE
                + "</p>!", shape.fill(marks.values()));
        assertEquals("<h1 title=\"a\">a</h1>b!", shape.fill(List.of("a", "b")), "another page of the shape");
    }

    @Test
    void nullAndEmptyValuesAreNoMarksButPartOfTheShape() {
        Shape.Marks marks = new Shape.Marks();
        assertNull(marks.of(null));
        assertEquals("", marks.of(""));
        marks.of("x");
        assertEquals("012", marks.kinds());
    }

    @Test
    void aMarkNotFoundWholeGivesNoShape() {
        Shape.Marks marks = new Shape.Marks();
        String mark = marks.of("value");
        assertNull(Shape.of("<p>" + mark.substring(0, 3) + "</p>"), "a template that cut its value");
        assertNull(Shape.of("<p>" + mark.toUpperCase(java.util.Locale.ROOT).replace("&", "&amp;") + "</p>"));
        assertNotNull(Shape.of("<p>no marks at all</p>"));
    }

    @Test
    void everyValueOfALongModelHasAMarkOfItsOwn() {
        Shape.Marks marks = new Shape.Marks();
        StringBuilder marked = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (int i = 0; i < 600; i++) {
            String value = i % 3 == 0 ? "<" + i + "&>" : "v" + i;
            String mark = marks.of(value);
            distinct.add(mark);
            boolean escaped = i % 2 == 0;
            marked.append(escaped ? Shape.escape(mark) : mark).append(',');
            expected.append(escaped ? Shape.escape(value) : value).append(',');
        }
        assertEquals(600, distinct.size());
        Shape shape = Shape.of(marked.toString());
        assertNotNull(shape);
        assertEquals(expected.toString(), shape.fill(marks.values()), "values lengthened by escaping included");
        java.io.StringWriter written = new java.io.StringWriter();
        shape.write(marks.values(), written);
        assertEquals(expected.toString(), written.toString());
    }

    @Test
    void theEscapingIsThymeleafs() {
        Templates templates = new Templates(null);
        Shape.Marks marks = new Shape.Marks();
        String mark = marks.of(HOSTILE);
        String marked = templates.fragment(FragmentTexts.TEMPLATE, FragmentTexts.OTHER_COPIES,
                Map.of("c", new CopiesRef(mark, 3), "root", "../"));
        String real = templates.fragment(FragmentTexts.TEMPLATE, FragmentTexts.OTHER_COPIES,
                Map.of("c", new CopiesRef(HOSTILE, 3), "root", "../"));
        assertEquals(real, Shape.of(marked).fill(marks.values()));
    }
}

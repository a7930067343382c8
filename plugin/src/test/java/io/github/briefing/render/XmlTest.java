package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class XmlTest {

    @Test
    void markupIsEscapedWhereverItComes() {
        assertEquals("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&apos;s&lt;/b&gt;", Xml.escape("<b>Tom & \"Jerry\"'s</b>"));
        assertEquals("caf\u00e9 &amp; \u4e2d\u6587 &lt;", Xml.escape("caf\u00e9 & \u4e2d\u6587 <"));
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndPairsKept() {
        String emoji = "\uD83D\uDE00";
        assertEquals("a\tb\nc" + emoji + "d", Xml.escape("a\tb\nc\u0001" + emoji + "\uFFFEd"));
        assertEquals("ab", Xml.escape("a\uD83Db"), "a lone half of a pair");
        assertEquals("x" + emoji + "&amp;", Xml.escape("x" + emoji + "&"));
        assertEquals("", Xml.escape(null));
    }

    @Test
    void aTextWithNothingToChangeIsItself() {
        String text = "articles/a-1.html \u00e9t\u00e9 \u4e2d\u6587\r\n\t";
        assertSame(text, Xml.escape(text));
    }
}

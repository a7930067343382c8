package io.github.briefing.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private static final String TEXT = "Café «déjà» – naïve";

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void readsUtf8WithAndWithoutBom() {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)).text().orElseThrow());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertEquals(TEXT, TextDecoder.decode(concat(bom, TEXT.getBytes(StandardCharsets.UTF_8))).text().orElseThrow());
    }

    @Test
    void readsUtf16WithBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, TextDecoder.decode(le).text().orElseThrow());
        assertEquals(TEXT, TextDecoder.decode(be).text().orElseThrow());
    }

    @Test
    void fallsBackToWindows1252() {
        String legacy = "It’s a “quote” – café";
        assertEquals(legacy, TextDecoder.decode(legacy.getBytes(Charset.forName("windows-1252"))).text().orElseThrow());
    }

    @Test
    void normalisesToNfc() {
        String decomposed = "Cafe\u0301";
        assertEquals("Caf\u00E9", TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8)).text().orElseThrow());
    }

    @Test
    void refusesEmptyBlankAndBinaryFiles() {
        assertEquals("the file is empty", TextDecoder.decode(new byte[0]).what());
        assertTrue(TextDecoder.decode("  \n\t ".getBytes(StandardCharsets.UTF_8)).text().isEmpty());
        TextDecoder.Decoded binary = TextDecoder.decode(new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3});
        assertTrue(binary.text().isEmpty());
        assertTrue(binary.what().contains("binary"));
    }

    @Test
    void refusesUndecodableUtf16() {
        // A lone high surrogate after a UTF-16LE BOM is no text.
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a', 0};
        TextDecoder.Decoded decoded = TextDecoder.decode(broken);
        assertTrue(decoded.text().isEmpty());
        assertTrue(decoded.what().contains("not valid"));
    }
}

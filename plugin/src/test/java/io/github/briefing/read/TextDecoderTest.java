package io.github.briefing.read;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;

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

    @Test
    void decodesAsTheStrictUtf8DecoderWithWindows1252Behind() {
        // Bytes of UTF-8's pieces (lead bytes of every length, continuations, the bytes UTF-8 never holds, encoded
        // surrogates, U+FFFD itself, sequences cut short), joined at random: the string constructor's shortcut must
        // take exactly what the strict decoder takes, and give the same text.
        byte[][] parts = {{'a'}, {' '}, {'\n'}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xC3}, {(byte) 0xA9}, {(byte) 0x80},
                {(byte) 0xE2, (byte) 0x80, (byte) 0x9C}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
                {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xFF}, {(byte) 0xFE}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {'e', (byte) 0xCC, (byte) 0x81}};
        Random random = new Random(11);
        for (int n = 0; n < 50_000; n++) {
            ByteBuffer bytes = ByteBuffer.allocate(64);
            bytes.put((byte) 'x');
            for (int k = random.nextInt(8); k >= 0; k--) {
                bytes.put(parts[random.nextInt(parts.length)]);
            }
            byte[] file = Arrays.copyOf(bytes.array(), bytes.position());
            String expected = strict(file, StandardCharsets.UTF_8);
            if (expected == null) {
                expected = strict(file, Charset.forName("windows-1252"));
            }
            assertEquals(expected == null ? null : Normalizer.normalize(expected, Normalizer.Form.NFC),
                    TextDecoder.decode(file).text().orElse(null), Arrays.toString(file));
        }
    }

    /** What a strict decoder of the charset gives, or null where it fails. */
    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

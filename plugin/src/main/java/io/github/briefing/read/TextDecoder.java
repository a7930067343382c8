package io.github.briefing.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Turns a scraped file's bytes into text. Scrapers write UTF-8 mostly, sometimes with a BOM, sometimes UTF-16
 * (Windows tools), and old pages arrive as Windows-1252: strict UTF-8 first, then the legacy code page.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** The decoded text in Unicode NFC, or a reason it is not text. */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Decoded.failed("the file is empty", "Delete it, or put the article's text in it");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (looksBinary(bytes)) {
            return Decoded.failed("the file is binary, not text",
                    "Save the article as text (.txt, .md, .json or .jsonl), or move this file out of the folder");
        }
        Decoded utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8.text().isPresent() ? utf8 : strict(bytes, 0, WINDOWS_1252);
    }

    private static Decoded strict(byte[] bytes, int offset, Charset charset) {
        String text = charset == StandardCharsets.UTF_8 ? utf8(bytes, offset) : null;
        if (text == null) {
            try {
                text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                        .toString();
            } catch (CharacterCodingException e) {
                return Decoded.failed("the file is not valid " + charset.displayName() + " text",
                        "Save it as UTF-8 text");
            }
        }
        if (text.isBlank()) {
            return Decoded.failed("the file holds only white space", "Delete it, or put the article's text in it");
        }
        return new Decoded(Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC)), null, null);
    }

    /**
     * The bytes as UTF-8 when they surely are, else null (the strict decoder then decides). The string constructor
     * is several times faster than a decoder, but writes U+FFFD for what is not UTF-8 instead of failing: text without
     * U+FFFD was valid, and the rare text that holds one goes to the decoder.
     */
    private static String utf8(byte[] bytes, int offset) {
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    /** NUL bytes or many control characters: a PDF, an image, an archive. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > sample / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Either text or the reason there is none, with what to do. */
    public record Decoded(Optional<String> text, String what, String fix) {
        static Decoded failed(String what, String fix) {
            return new Decoded(Optional.empty(), what, fix);
        }
    }
}

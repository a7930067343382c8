package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageTextTest {

    @Test
    void writesWhatItIsGivenAsUtf8WhereverItsPiecesEnd() throws IOException {
        String[] pieces = {"<p>", "harbour reopens", "caf\u00e9", "\u0627\u0644\u0645\u064a\u0646\u0627\u0621",
                "\ud83d\udea2", "x".repeat(5_000), "\n"};
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PageText page = new PageText(out);
            StringBuilder all = new StringBuilder();
            while (all.length() < 100_000) {
                String piece = pieces[random.nextInt(pieces.length)];
                all.append(piece);
                switch (random.nextInt(4)) {
                    case 0 -> page.write(piece);
                    case 1 -> page.write("[" + piece + "]", 1, piece.length());
                    case 2 -> page.write(piece.toCharArray(), 0, piece.length());
                    default -> piece.chars().forEach(c -> {
                        try {
                            page.write(c);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            }
            page.flush();
            assertArrayEquals(all.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray());
        }
    }

    @Test
    void keepsASurrogatePairWholeWhenAPieceEndsBetweenItsHalves() throws IOException {
        for (int before : IntStream.rangeClosed(-3, 3).flatMap(d -> IntStream.of(PageText.PIECE + d,
                2 * PageText.PIECE - 1 + d)).toArray()) {
            String text = "a".repeat(before) + "\ud83d\udea2 ship";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PageText page = new PageText(out);
            for (char c : text.toCharArray()) {
                page.write(c);
            }
            page.flush();
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
        }
    }

    @Test
    void writesALoneHalfOfASurrogatePairAsStringsEncodeIt() throws IOException {
        for (int before = PageText.PIECE - 3; before < PageText.PIECE + 3; before++) {
            String text = "a".repeat(before) + "\ud83d x \udea2 \ud83d";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PageText page = new PageText(out);
            page.write(text);
            page.flush();
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
        }
    }

    @Test
    void aPageWrittenWhileAnotherIsOpenAndOneAfterAnotherIsClosedKeepTheirOwnText() throws IOException {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        ByteArrayOutputStream next = new ByteArrayOutputStream();
        PageText outer = new PageText(first);
        outer.write("caf\u00e9 " + "a".repeat(PageText.PIECE / 2));
        PageText during = new PageText(inner); // the outer page's buffers are in use: not this page's
        during.write("b".repeat(PageText.PIECE / 2) + " \ud83d");
        during.close();
        outer.write(" end");
        outer.close();
        PageText after = new PageText(next); // takes a closed page's buffers, with their old text in them
        after.write("short");
        after.close();
        assertArrayEquals(("caf\u00e9 " + "a".repeat(PageText.PIECE / 2) + " end").getBytes(StandardCharsets.UTF_8),
                first.toByteArray());
        assertArrayEquals(("b".repeat(PageText.PIECE / 2) + " \ud83d").getBytes(StandardCharsets.UTF_8),
                inner.toByteArray());
        assertArrayEquals("short".getBytes(StandardCharsets.UTF_8), next.toByteArray());
    }
}

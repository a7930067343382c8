package io.github.briefing.describe;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TextMemoTest {

    @Test
    void anEqualKeyFindsTheValueWorkedOutForTheFirst() {
        List<String> asked = new ArrayList<>();
        TextMemo<List<String>, String> memo = new TextMemo<>(8);
        List<String> first = List.of("One paragraph.", "Another one.");
        String value = memo.get(first, text -> {
            asked.add(String.join("|", text));
            return String.join(" ", text);
        });
        List<String> copy = List.of(new String("One paragraph."), new String("Another one."));
        assertSame(value, memo.get(copy, text -> "worked out again"));
        assertEquals(List.of("One paragraph.|Another one."), asked);
    }

    @Test
    void aKeyThatTookItsSlotFromAnotherStaysRight() {
        TextMemo<Integer, String> memo = new TextMemo<>(2);
        for (int round = 0; round < 3; round++) {
            for (int n = 0; n < 20; n++) {
                int key = n;
                assertEquals("v" + key, memo.get(key, k -> "v" + k));
            }
        }
    }

    @Test
    void theNumberOfSlotsIsAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new TextMemo<String, String>(12));
    }
}

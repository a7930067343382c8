package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordMemoTest {

    @Test
    void givesWhatTheFunctionGivesAndComputesAWordOnceWhileItIsKept() {
        List<String> asked = new ArrayList<>();
        WordMemo<String> memo = new WordMemo<>(word -> {
            asked.add(word);
            return word.toUpperCase();
        }, 10);
        assertEquals("KOLOMBIA", memo.get("Kolombia"));
        assertEquals("KOLOMBIA", memo.get("Kolombia"));
        assertEquals(List.of("Kolombia"), asked);
    }

    @Test
    void keepsNoMoreWordsThanItsCapacityAndStaysRight() {
        WordMemo<String> memo = new WordMemo<>(NameKey::of, 50);
        for (int n = 0; n < 1_000; n++) {
            String word = "Name" + (n % 170);
            assertEquals(NameKey.of(word), memo.get(word));
            assertTrue(memo.size() <= 50);
        }
    }
}

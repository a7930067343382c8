package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class CountedMemoTest {

    @Test
    void computesAValueOnceForTheItemsThatShareItsKeyAndKeepsItUntilTheLastAsked() {
        CountedMemo<String, String> memo = new CountedMemo<>(List.of("wire", "own", "wire", "wire"));
        AtomicInteger computed = new AtomicInteger();
        String first = memo.get("wire", k -> k + computed.incrementAndGet());
        assertEquals(1, memo.kept());
        assertSame(first, memo.get("wire", k -> k + computed.incrementAndGet()));
        assertEquals("own2", memo.get("own", k -> k + computed.incrementAndGet()));
        assertSame(first, memo.get("wire", k -> k + computed.incrementAndGet()));
        assertEquals(0, memo.kept(), "the third and last item with that key has asked");
        assertEquals(2, computed.get());
    }

    @Test
    void manyThreadsAskingForOneKeyGetOneValue() {
        List<Integer> keys = new ArrayList<>();
        IntStream.range(0, 4000).forEach(i -> keys.add(i % 10));
        CountedMemo<Integer, Object> memo = new CountedMemo<>(keys);
        AtomicInteger computed = new AtomicInteger();
        List<Object> values = keys.parallelStream().map(k -> memo.get(k, x -> {
            computed.incrementAndGet();
            return new Object();
        })).toList();
        assertEquals(10, computed.get());
        assertEquals(10, values.stream().distinct().count());
        assertEquals(0, memo.kept());
    }
}

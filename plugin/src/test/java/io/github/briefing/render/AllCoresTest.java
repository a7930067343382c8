package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AllCoresTest {

    @Test
    void runsEveryTaskOnce() {
        AtomicIntegerArray runs = new AtomicIntegerArray(5_000);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < runs.length(); i++) {
            int task = i;
            tasks.add(() -> runs.incrementAndGet(task));
        }
        AllCores.run(tasks);
        for (int i = 0; i < runs.length(); i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
    }

    @Test
    void mapsItemsToValuesInTheItemsOrder() {
        List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
        List<String> values = AllCores.map(items, i -> i % 7 == 0 ? null : "v" + i);
        assertEquals(items.size(), values.size());
        for (int i = 0; i < items.size(); i++) {
            assertEquals(i % 7 == 0 ? null : "v" + i, values.get(i));
        }
    }

    @Test
    void aCoreThatIsFreeTakesTheNextTaskWhileAnotherRunsALongOne() throws InterruptedException {
        // The first task waits until the others have all run: on one thread they could not.
        CountDownLatch rest = new CountDownLatch(20);
        AtomicInteger waited = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        tasks.add(() -> {
            try {
                waited.set(rest.await(20, TimeUnit.SECONDS) ? 1 : -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 20; i++) {
            tasks.add(rest::countDown);
        }
        AllCores.run(tasks);
        assertEquals(1, waited.get(), "the short tasks ran beside the long one");
    }

    @Test
    void afterAFailureNoTaskStartsAndTheFirstFailureIsThrown() {
        IllegalStateException broken = new IllegalStateException("page 3");
        AtomicInteger started = new AtomicInteger();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            int task = i;
            tasks.add(() -> {
                started.incrementAndGet();
                if (task == 3) {
                    throw broken;
                }
            });
        }
        assertSame(broken, assertThrows(IllegalStateException.class, () -> AllCores.run(tasks)));
        assertTrue(started.get() < 100, started.get() + " tasks started");
    }
}

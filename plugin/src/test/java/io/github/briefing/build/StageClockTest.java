package io.github.briefing.build;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StageClockTest {

    private final Map<String, Duration> reported = new LinkedHashMap<>();
    private final BuildLog log = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }

        @Override
        public void stage(String stage, Duration took) {
            reported.merge(stage, took, Duration::plus);
        }
    };

    @Test
    void reportsEachStageAsItEndsAndSumsThemUpInOneLine() {
        StageClock clock = new StageClock(log);
        assertEquals(7, clock.time("read", () -> 7));
        clock.time("match", () -> sleep(20));

        assertEquals(List.of("read", "match"), List.copyOf(reported.keySet()));
        assertTrue(reported.get("match").toMillis() >= 20);
        assertTrue(clock.summary().matches("read \\d+\\.\\d\\d s, match \\d+\\.\\d\\d s, total \\d+\\.\\d\\d s"),
                clock.summary());
    }

    @Test
    void splitsAFusedPassByThreadTimeAndCountsSerialWorkAsItIs() {
        StageClock clock = new StageClock(log);
        long start = System.nanoTime();
        StageClock.Pass pass = clock.new Pass("clean", "analyse", "cache");
        long serial = System.nanoTime();
        pass.serial("clean", () -> sleep(30));
        serial = System.nanoTime() - serial;
        IntStream.range(0, 8).parallel().forEach(i -> {
            // Long enough that a busy machine's oversleeping stays small against the 1:3 split being checked.
            pass.time("clean", () -> sleep(40));
            pass.time("analyse", () -> sleep(120));
        });
        long beforeEnd = System.nanoTime() - start;
        pass.end();
        long afterEnd = System.nanoTime() - start;

        assertEquals(List.of("clean", "analyse"), List.copyOf(reported.keySet()), "an unused stage is not reported");
        long parts = reported.values().stream().mapToLong(Duration::toNanos).sum();
        assertTrue(parts >= beforeEnd - 1_000_000 && parts <= afterEnd,
                "the parts add up to the pass: " + parts + " ns, the pass " + beforeEnd + " to " + afterEnd + " ns");
        double ratio = reported.get("analyse").toNanos() / (double) (reported.get("clean").toNanos() - serial);
        assertTrue(ratio > 1.8 && ratio < 4.5, "analyse took three times clean's parallel time, not " + ratio);
    }

    private static int sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

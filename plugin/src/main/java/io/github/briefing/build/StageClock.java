package io.github.briefing.build;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Wall time per pipeline stage, reported to the build log as each stage ends and as one summary line. Stages that
 * run article by article in one parallel pass (clean, describe, analyse) share that pass's wall time in proportion
 * to the thread time each took, so the parts still add up to the whole.
 */
final class StageClock {

    private final BuildLog log;
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    StageClock(BuildLog log) {
        this.log = log;
    }

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        record(stage, System.nanoTime() - start);
        return result;
    }

    /**
     * A pass that runs several per-article stages; each worker adds its time to the stage it spent it in. Work
     * done before the parallel part, on one thread, is counted as it is.
     */
    final class Pass {
        private final Map<String, LongAdder> busy = new LinkedHashMap<>();
        private final Map<String, Long> serial = new LinkedHashMap<>();
        private final long start = System.nanoTime();

        Pass(String... stages) {
            for (String stage : stages) {
                busy.put(stage, new LongAdder());
                serial.put(stage, 0L);
            }
        }

        <T> T serial(String stage, Supplier<T> work) {
            long begin = System.nanoTime();
            T result = work.get();
            serial.merge(stage, System.nanoTime() - begin, Long::sum);
            return result;
        }

        <T> T time(String stage, Supplier<T> work) {
            long begin = System.nanoTime();
            T result = work.get();
            busy.get(stage).add(System.nanoTime() - begin);
            return result;
        }

        void end() {
            long parallel = System.nanoTime() - start - serial.values().stream().mapToLong(Long::longValue).sum();
            long total = Math.max(1, busy.values().stream().mapToLong(LongAdder::sum).sum());
            busy.forEach((stage, spent) -> {
                long took = serial.get(stage) + (long) ((double) parallel * spent.sum() / total);
                if (took > 0) { // a stage this build skipped (no cache) is not reported
                    record(stage, took);
                }
            });
        }
    }

    private void record(String stage, long took) {
        nanos.merge(stage, took, Long::sum);
        log.stage(stage, Duration.ofNanos(took));
    }

    /** One line: "read 1.20 s, clean 0.40 s, ..., total 5.10 s". */
    String summary() {
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        return nanos.entrySet().stream().map(e -> e.getKey() + " " + seconds(e.getValue()))
                .collect(Collectors.joining(", ")) + ", total " + seconds(total);
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}

import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.SiteBuild;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds one corpus with the engine and prints, per stage, the wall time, articles per second, the cores kept busy
 * and the peak heap during the stage: a full build with an empty cache, then (when a cache folder is given) a
 * rebuild after one article changed (three articles, one at a time; the median is the figure). Usage: java -cp ENGINE Bench ARTICLES OUTPUT [CACHE]
 */
public class Bench {

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] count = {0};
        long[] cpuBefore = {os.getProcessCpuTime()};
        long[] lastEvent = {System.nanoTime()};
        long[] peakOverall = {0};
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        System.out.printf(Locale.ROOT, "%-9s %9s %8s %12s %6s %10s%n", "stage", "time s", "cpu s", "articles/s", "cores", "peak heap");
        BuildLog log = new BuildLog() {
            @Override
            public void info(String message) {
                if (message.startsWith("Read ") && count[0] == 0) {
                    count[0] = Long.parseLong(message.split(" ")[1]);
                }
                System.out.println("  [info] " + message);
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void stage(String stage, Duration took) {
                long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                peakOverall[0] = Math.max(peakOverall[0], peak);
                long cpu = os.getProcessCpuTime();
                long now = System.nanoTime();
                double seconds = took.toNanos() / 1e9;
                // Stages of one fused pass report together: the first one's cpu and cores are the whole pass's.
                double since = (now - lastEvent[0]) / 1e9;
                double busy = since > 0.01 && cpu > cpuBefore[0] ? (cpu - cpuBefore[0]) / 1e9 / since : 0;
                cpuBefore[0] = cpu;
                lastEvent[0] = now;
                System.out.printf(Locale.ROOT, "%-9s %9.2f %8s %12.0f %6s %7d MB%n", stage, seconds,
                        busy == 0 ? "-" : String.format(Locale.ROOT, "%.2f", busy * since),
                        count[0] / Math.max(seconds, 1e-9), busy == 0 ? "-" : String.format(Locale.ROOT, "%.1f", busy),
                        peak >> 20);
            }
        };
        BuildSettings settings = BuildSettings.forContent(articles.getParent(), output)
                .withCache(args.length > 2 ? Path.of(args[2]) : null);
        build("full build", settings, log, count, peakOverall);
        if (settings.cache() != null && EDITS > 0) {
            List<Path> files;
            try (var listed = Files.list(articles)) {
                files = listed.sorted().toList();
            }
            // One edit can be lucky: a line of new words in a rare language changes no other article's word weights
            // and rescores few pairs, while the same line in a common one rescores most of them. So three articles
            // spread over the corpus are edited in turn, each against the unedited corpus's caches.
            List<Double> walls = new ArrayList<>();
            for (int e = 1; e <= EDITS; e++) {
                Path edited = files.get(files.size() * e / (EDITS + 1));
                String before = Files.readString(edited);
                // A benchmark stopped mid-edit (Ctrl-C) must not leave the corpus edited: the next run would measure
                // another corpus, and its site would differ from the last one's.
                Thread restore = new Thread(() -> {
                    try {
                        Files.writeString(edited, before);
                    } catch (IOException failure) {
                        System.err.println("Could not restore " + edited + ": " + failure.getMessage());
                    }
                });
                Runtime.getRuntime().addShutdownHook(restore);
                Files.writeString(edited, before + "\nA line added to measure the incremental build.\n");
                // the stage figures start from here, not from the unmeasured build before
                cpuBefore[0] = os.getProcessCpuTime();
                lastEvent[0] = System.nanoTime();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
                try {
                    walls.add(build("incremental build (one article changed: " + edited.getFileName() + ")",
                            settings, log, count, peakOverall));
                } finally {
                    Files.writeString(edited, before);
                    Runtime.getRuntime().removeShutdownHook(restore);
                }
                System.out.println("-- back to the unedited corpus (not measured)");
                new SiteBuild(settings, BuildLog.SILENT).run();
            }
            Collections.sort(walls);
            System.out.printf(Locale.ROOT, "engine    %9.2f  (incremental build, median of %d edits: %s s)%n",
                    walls.get(walls.size() / 2), walls.size(), walls.stream()
                            .map(w -> String.format(Locale.ROOT, "%.2f", w)).collect(Collectors.joining(", ")));
        }
    }

    /**
     * How many articles are edited, one at a time, to measure the incremental build (system property
     * {@code bench.edits}; 0 measures the full build alone, as at 100,000 articles, where each edit costs two builds).
     */
    private static final int EDITS = Integer.getInteger("bench.edits", 3);

    /** Builds and prints the engine's wall time, which it returns. */
    private static double build(String what, BuildSettings settings, BuildLog log, long[] articles, long[] peak)
            throws Exception {
        System.out.println("-- " + what);
        long start = System.nanoTime();
        new SiteBuild(settings, log).run();
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "engine    %9.2f %8s %12.0f %6s %7d MB  (%s; %d cores, -Xmx %d MB)%n",
                wall, "", articles[0] / wall, "", peak[0] >> 20, what, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        return wall;
    }
}

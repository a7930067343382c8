import io.github.briefing.build.BuildLog;
import io.github.briefing.build.BuildSettings;
import io.github.briefing.build.SiteBuild;
import io.github.briefing.group.Briefing;
import io.github.briefing.read.Outlets;
import io.github.briefing.render.SiteRenderer;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Times the render stage alone, warm: builds one corpus once, then renders its briefing ROUNDS times in the same JVM
 * and prints each render's wall time and the process's CPU seconds. In a full build most of the render stage's CPU
 * is the JIT warming Thymeleaf up; this shows what rendering itself costs. Compile and run like bench/Bench.java:
 * java -cp ENGINE RenderBench ARTICLES OUTPUT ROUNDS
 */
public class RenderBench {

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Briefing briefing = new SiteBuild(BuildSettings.forContent(articles.getParent(), output.resolve("built")), BuildLog.SILENT)
                .run();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        SiteRenderer renderer = new SiteRenderer(null, Outlets.NONE, new SiteRenderer.SiteInfo("Briefing", "",
                Instant.parse("2026-01-01T00:00:00Z"), false, null, List.of()));
        for (int round = 0; round < rounds; round++) {
            System.gc();
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            renderer.render(briefing, output.resolve("render-" + round));
            System.out.printf(Locale.ROOT, "render %d: wall %6.2f s, cpu %6.2f s%n", round,
                    (System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
        }
    }
}

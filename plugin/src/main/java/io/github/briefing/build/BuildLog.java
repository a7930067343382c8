package io.github.briefing.build;

import java.time.Duration;

/** Where the engine reports progress and warnings; the mojo maps it onto Maven's log. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

    /**
     * A pipeline stage (read, clean, describe, analyse, match, group, render, write) has ended. The build also
     * sums all stages up in one {@link #info} line; benchmarks listen here to measure each stage.
     */
    default void stage(String stage, Duration took) {
    }

    /** A log that says nothing, for tests and embedding. */
    BuildLog SILENT = new BuildLog() {
        @Override
        public void info(String message) {
        }

        @Override
        public void warn(String message) {
        }
    };
}

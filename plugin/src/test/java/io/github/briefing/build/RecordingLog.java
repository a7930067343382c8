package io.github.briefing.build;

import java.util.List;

/** A build log for tests that keeps every message, info and warning alike, in {@code lines}. */
public final class RecordingLog {

    private RecordingLog() {
    }

    public static BuildLog into(List<String> lines) {
        return new BuildLog() {
            @Override
            public void info(String message) {
                lines.add(message);
            }

            @Override
            public void warn(String message) {
                lines.add(message);
            }
        };
    }
}

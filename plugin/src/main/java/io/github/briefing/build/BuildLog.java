package io.github.briefing.build;

/** Where the engine reports progress and warnings; the mojo maps it onto Maven's log. */
public interface BuildLog {

    void info(String message);

    void warn(String message);

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

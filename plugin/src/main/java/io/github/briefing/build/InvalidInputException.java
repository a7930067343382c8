package io.github.briefing.build;

import io.github.briefing.read.Problem;

import java.util.List;

/**
 * The build cannot go on for reasons the user can fix: problems with their input, a template of theirs, a site folder
 * that cannot be written. Every problem, each with where and what to do.
 */
public final class InvalidInputException extends Exception {

    private final List<Problem> problems;

    public InvalidInputException(String summary, List<Problem> problems) {
        super(message(summary, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(String summary, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(summary);
        problems.forEach(p -> sb.append(System.lineSeparator()).append("  - ").append(p));
        return sb.toString();
    }
}

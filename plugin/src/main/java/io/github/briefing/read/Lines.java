package io.github.briefing.read;

import java.util.regex.Pattern;

/** Line-level normalisation shared by the formats. */
final class Lines {

    /** White space at the end of a line. */
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t\\u00A0]+\n");

    private Lines() {
    }

    /** Unix line ends, no trailing white space on lines, no leading or trailing blank lines. */
    static String normalize(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        // Most texts have no line with white space at its end: one look at each line break rather than a match tried
        // at every character.
        return (hasTrailingSpace(unix) ? TRAILING_SPACE.matcher(unix).replaceAll("\n") : unix).strip();
    }

    private static boolean hasTrailingSpace(String text) {
        for (int at = text.indexOf('\n', 1); at > 0; at = text.indexOf('\n', at + 1)) {
            char before = text.charAt(at - 1);
            if (before == ' ' || before == '\t' || before == '\u00A0') {
                return true;
            }
        }
        return false;
    }
}

package io.github.briefing.read;

/** Line-level normalisation shared by the formats. */
final class Lines {

    private Lines() {
    }

    /** Unix line ends, no trailing white space on lines, no leading or trailing blank lines. */
    static String normalize(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        return unix.replaceAll("[ \\t\\u00A0]+\n", "\n").strip();
    }
}

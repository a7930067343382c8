package io.github.briefing.clean;

/**
 * The form of a line used to recognise it again: case, quote style, dashes and spacing differ between two scrapes
 * of one text (a body scraped twice with straight and curly apostrophes is still one body).
 */
final class LineKey {

    private LineKey() {
    }

    static String of(String line) {
        StringBuilder key = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int type = Character.getType(c);
            if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || c == '"' || c == '\'' || c == '`' || c == '\u00B4') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = key.length() > 0;
                continue;
            }
            if (space) {
                key.append(' ');
                space = false;
            }
            if (type != Character.DASH_PUNCTUATION) {
                key.append(Character.toLowerCase(c));
            } else if (key.length() == 0 || key.charAt(key.length() - 1) != '-') {
                // "--" and an em dash are one dash
                key.append('-');
            }
        }
        return key.toString();
    }
}

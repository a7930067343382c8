package io.github.briefing.render;

/** Escaping for the XML files we write by hand (sitemap, feeds). */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        // Most texts (a feed's every title, summary and link, the sitemap's paths) need nothing changed.
        int plain = 0;
        while (plain < s.length() && plain(s.charAt(plain))) {
            plain++;
        }
        if (plain == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, plain);
        for (int i = plain; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped (a lone half of a surrogate pair too).
                    if (carried(c)) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * Whether a character is written as it is: no markup, and one XML carries (a half of a surrogate pair is not one,
     * so a pair goes to the loop, which reads it as one code point).
     */
    private static boolean plain(char c) {
        return c != '<' && c != '>' && c != '&' && c != '"' && c != '\'' && carried(c);
    }

    /** Whether XML 1.0 can carry the code point at all. */
    private static boolean carried(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || c >= 0x10000;
    }
}

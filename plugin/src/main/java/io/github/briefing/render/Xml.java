package io.github.briefing.render;

/** Escaping for the XML files we write by hand (sitemap, feeds). */
final class Xml {

    private Xml() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry at all are dropped.
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }
}

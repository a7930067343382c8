package io.github.briefing.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Closing credit lines ("Information for this article was contributed by ...", "With AFP's information",
 * "Reporting by ...; editing by ..."): facts about the article, not its text.
 */
final class Credits {

    // Case-insensitive matching lets \p{Lu} match any letter, hence (?-i:...) where only capitals are an agency's name.
    static final Pattern CREDIT = Pattern.compile("(?iu)(contributed by|reporting by|writing by|editing by|"
            + "additional reporting|with (information|reporting) (from|by)|^with .{2,30}(’s|'s|`s) information|"
            + "information from|^sources?:|mit material von|^\\(?mit \\p{Lu}+\\)?$|avec (l'|l’)?(?-i:\\p{Lu}{2,})|"
            + "con información de|dengan informasi|^sumber:)");
    /** An agency's initials alone on a line: "AFP", "(AP/dpa)". Case matters, so not in the pattern above. */
    private static final Pattern INITIALS = Pattern.compile("^\\(?\\p{Lu}{2,}(/\\p{L}{2,})*\\)?$");
    private static final int MAX_WORDS = 40;
    /**
     * Words one of which every credit {@link #CREDIT} finds holds ("by", "reporting", "information", "informasi",
     * "información", "material", "avec"), but for those at the line's start, which open with an s, an m or a bracket.
     */
    private static final String[] CREDIT_WORDS = {"by", "informa", "reporting", "material", "avec"};
    private static final String CREDIT_OPENINGS = "sm(";
    /**
     * Each character as the pattern's case-insensitive matching compares it: lower case of upper case, so that "ſ"
     * is an s and "İ" and "ı" are an i, as they are to the pattern.
     */
    private static final char[] FOLDED = folded();

    private Credits() {
    }

    /** How many of the last lines of a body are credits. */
    static int trailing(List<String> body) {
        int n = 0;
        for (int i = body.size() - 1; i >= 0; i--) {
            String line = body.get(i);
            if (!isCredit(line)) {
                break;
            }
            n++;
        }
        return n;
    }

    static boolean isCredit(String line) {
        return !LineFeatures.hasWords(line, MAX_WORDS + 1)
                && (mayHoldCredit(line) && CREDIT.matcher(line).find() || INITIALS.matcher(line).matches());
    }

    /**
     * Whether {@link #CREDIT} may find a credit in the line: false when the line holds none of the words every credit
     * holds. The pattern is tried at every character of the line; most lines asked (all those past the middle of a
     * body) are passed over by a few scans for these words instead.
     */
    static boolean mayHoldCredit(String line) {
        char[] folded = new char[line.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = FOLDED[line.charAt(i)];
        }
        String text = new String(folded);
        if (!text.isEmpty() && CREDIT_OPENINGS.indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        for (String word : CREDIT_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static char[] folded() {
        char[] folded = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int fold = Character.toLowerCase(Character.toUpperCase(c));
            // Only the ASCII letters of the words above are compared: a character that folds outside the first 65,536
            // code points cannot be one of them.
            folded[c] = fold <= Character.MAX_VALUE ? (char) fold : (char) c;
        }
        return folded;
    }
}

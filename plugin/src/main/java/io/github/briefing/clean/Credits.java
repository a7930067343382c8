package io.github.briefing.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Closing credit lines ("Information for this article was contributed by ...", "With AFP's information",
 * "Reporting by ...; editing by ..."): facts about the article, not its text.
 */
final class Credits {

    // Case-insensitive matching lets \p{Lu} match any letter, hence (?-i:...) where only capitals are an agency's name.
    private static final Pattern CREDIT = Pattern.compile("(?iu)(contributed by|reporting by|writing by|editing by|"
            + "additional reporting|with (information|reporting) (from|by)|^with .{2,30}(’s|'s|`s) information|"
            + "information from|^sources?:|mit material von|^\\(?mit \\p{Lu}+\\)?$|avec (l'|l’)?(?-i:\\p{Lu}{2,})|"
            + "con información de|dengan informasi|^sumber:)");
    /** An agency's initials alone on a line: "AFP", "(AP/dpa)". Case matters, so not in the pattern above. */
    private static final Pattern INITIALS = Pattern.compile("^\\(?\\p{Lu}{2,}(/\\p{L}{2,})*\\)?$");
    private static final int MAX_WORDS = 40;

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
        return !LineFeatures.hasWords(line, MAX_WORDS + 1) && (CREDIT.matcher(line).find() || INITIALS.matcher(line).matches());
    }
}

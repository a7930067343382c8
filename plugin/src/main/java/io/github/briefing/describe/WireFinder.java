package io.github.briefing.describe;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The news agencies an article credits. A credit is a byline-like place (a short line, a dateline "(AFP) -",
 * a closing "contributed by ... of The Associated Press"), not a mention in passing ("according to AP").
 * <p>
 * What a line credits depends on the line alone, and wire copies share their leads and closing lines: each line's
 * credits are kept for the lines met lately, so that a copy costs a look-up per line rather than the patterns.
 */
final class WireFinder {

    /** An agency: its name as shown, the spellings that credit it, and where a spelling counts as a credit. */
    private record Agency(String name, List<String> spellings, Pattern anywhere, Pattern dateline) {

        Agency(String name, String spellings) {
            this(name, List.of(spellings.split("\\|")),
                    Pattern.compile("(?<![\\p{L}])(The\\s+)?(" + spellings + ")(?![\\p{L}])"),
                    Pattern.compile("^[^.]{0,60}\\((" + spellings + ")\\)\\s*[-\u2013\u2014]"));
        }

        /**
         * Whether a line holds one of the spellings, which either pattern needs: most lines hold none, and twenty
         * agencies' patterns run over every credit line cost more than the rest of describing.
         */
        boolean spelledIn(String line) {
            for (String spelling : spellings) {
                if (line.contains(spelling)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** In the order articles list them; one bit each in the credits kept per line. */
    private static final List<Agency> AGENCIES = List.of(
            new Agency("Associated Press", "Associated Press|AP"),
            new Agency("AFP", "AFP|Agence France-Presse|Agence France Presse"),
            new Agency("Reuters", "Reuters"),
            new Agency("EFE", "EFE"),
            new Agency("dpa", "dpa|DPA|Deutsche Presse-Agentur"),
            new Agency("ANTARA", "ANTARA|Antara"),
            new Agency("Xinhua", "Xinhua"),
            new Agency("TASS", "TASS|ТАСС"),
            new Agency("Kyodo", "Kyodo"),
            new Agency("ANSA", "ANSA"),
            new Agency("Yonhap", "Yonhap"),
            new Agency("Anadolu", "Anadolu Agency|Anadolu Ajansı|AA"),
            new Agency("Bernama", "Bernama"),
            new Agency("PTI", "PTI|Press Trust of India"),
            new Agency("UPI", "UPI|United Press International"),
            new Agency("RIA Novosti", "RIA Novosti|РИА Новости"),
            new Agency("Interfax", "Interfax|Интерфакс"),
            new Agency("APA", "APA"),
            new Agency("Europa Press", "Europa Press"),
            new Agency("PAP", "PAP"));

    private static final Pattern CREDIT_PHRASE = Pattern.compile("(?iu)(contributed by|reporting by|writing by|"
            + "additional reporting|with (information|reporting) (from|by)|information from|sources?:|"
            + "mit material von|avec|con información de|dengan informasi|sumber:)");
    /** Every agency's spellings. */
    static final List<String> SPELLINGS = AGENCIES.stream().flatMap(agency -> agency.spellings().stream()).toList();
    private static final String[][] BY_FIRST = byFirst();
    private static final int SHORT_LINE = 12;
    /** Lines kept with their credits: enough for a copy to find its original's lines a few thousand articles on. */
    private static final int LINES = 1 << 16;

    private final TextMemo<String, Integer> leads = new TextMemo<>(LINES);
    private final TextMemo<String, Integer> creditLines = new TextMemo<>(LINES);

    /**
     * @param lead    the first paragraph, where a dateline credit stands
     * @param credits short lines outside the body and the closing paragraphs
     */
    List<String> find(String lead, List<String> credits) {
        int credited = lead == null ? 0 : leads.get(lead, WireFinder::datelineCredits);
        for (String line : credits) {
            credited |= creditLines.get(line, WireFinder::lineCredits);
        }
        List<String> wires = new ArrayList<>();
        for (int i = 0; i < AGENCIES.size(); i++) {
            if ((credited & 1 << i) != 0) {
                wires.add(AGENCIES.get(i).name());
            }
        }
        return wires;
    }

    /** The agencies a lead's dateline credits ("CARACAS (AFP) -"), one bit each. */
    private static int datelineCredits(String lead) {
        return credits(lead, Agency::dateline);
    }

    /**
     * The agencies a line credits, one bit each: none unless it is short or words a credit. A line that spells no
     * agency credits none whatever it words, and most lines spell none: they are passed over before the credit
     * phrases, a case-blind pattern tried at every character of a body's long paragraphs.
     */
    private static int lineCredits(String line) {
        if (!spellsAnAgency(line)) {
            return 0;
        }
        boolean mayCredit = LineWords.count(line, SHORT_LINE) <= SHORT_LINE || CREDIT_PHRASE.matcher(line).find();
        return mayCredit ? credits(line, Agency::anywhere) : 0;
    }

    /**
     * Whether the line holds any agency's spelling. Read once for all spellings, each looked for only where the line
     * has its first character: a search of the line for each of some forty spellings cost a tenth of describing.
     */
    static boolean spellsAnAgency(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            String[] spellings = c < BY_FIRST.length ? BY_FIRST[c] : null;
            if (spellings != null) {
                for (String spelling : spellings) {
                    if (line.startsWith(spelling, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@link #SPELLINGS} by their first character (a table up to the greatest of them). */
    private static String[][] byFirst() {
        TreeMap<Character, List<String>> byFirst = new TreeMap<>();
        SPELLINGS.forEach(spelling -> byFirst.computeIfAbsent(spelling.charAt(0), c -> new ArrayList<>()).add(spelling));
        String[][] table = new String[byFirst.lastKey() + 1][];
        byFirst.forEach((first, spellings) -> table[first] = spellings.toArray(String[]::new));
        return table;
    }

    /** The agencies whose pattern {@code where} finds in a text, one bit each. */
    private static int credits(String text, Function<Agency, Pattern> where) {
        int credited = 0;
        for (int i = 0; i < AGENCIES.size(); i++) {
            Agency agency = AGENCIES.get(i);
            if (agency.spelledIn(text) && where.apply(agency).matcher(text).find()) {
                credited |= 1 << i;
            }
        }
        return credited;
    }
}

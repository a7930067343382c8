package io.github.briefing.describe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The news agencies an article credits. A credit is a byline-like place (a short line, a dateline "(AFP) -",
 * a closing "contributed by ... of The Associated Press"), not a mention in passing ("according to AP").
 */
final class WireFinder {

    /** Agency name as shown, and the spellings that credit it. */
    private static final Map<String, String> AGENCIES = new LinkedHashMap<>();
    /** Per agency: a mention anywhere, and a dateline credit "CITY (AFP) -". */
    private static final Map<String, Pattern[]> PATTERNS = new LinkedHashMap<>();
    /**
     * Per agency: its spellings, one of which a line must hold for either pattern to match there. Most lines hold
     * none, and twenty agencies' patterns run over every credit line cost more than the rest of describing.
     */
    private static final Map<String, List<String>> SPELLINGS = new LinkedHashMap<>();

    static {
        AGENCIES.put("Associated Press", "Associated Press|AP");
        AGENCIES.put("AFP", "AFP|Agence France-Presse|Agence France Presse");
        AGENCIES.put("Reuters", "Reuters");
        AGENCIES.put("EFE", "EFE");
        AGENCIES.put("dpa", "dpa|DPA|Deutsche Presse-Agentur");
        AGENCIES.put("ANTARA", "ANTARA|Antara");
        AGENCIES.put("Xinhua", "Xinhua");
        AGENCIES.put("TASS", "TASS|ТАСС");
        AGENCIES.put("Kyodo", "Kyodo");
        AGENCIES.put("ANSA", "ANSA");
        AGENCIES.put("Yonhap", "Yonhap");
        AGENCIES.put("Anadolu", "Anadolu Agency|Anadolu Ajansı|AA");
        AGENCIES.put("Bernama", "Bernama");
        AGENCIES.put("PTI", "PTI|Press Trust of India");
        AGENCIES.put("UPI", "UPI|United Press International");
        AGENCIES.put("RIA Novosti", "RIA Novosti|РИА Новости");
        AGENCIES.put("Interfax", "Interfax|Интерфакс");
        AGENCIES.put("APA", "APA");
        AGENCIES.put("Europa Press", "Europa Press");
        AGENCIES.put("PAP", "PAP");
        AGENCIES.forEach((name, spellings) -> PATTERNS.put(name, new Pattern[] {
            Pattern.compile("(?<![\\p{L}])(The\\s+)?(" + spellings + ")(?![\\p{L}])"),
            Pattern.compile("^[^.]{0,60}\\((" + spellings + ")\\)\\s*[-\u2013\u2014]")}));
        AGENCIES.forEach((name, spellings) -> SPELLINGS.put(name, List.of(spellings.split("\\|"))));
    }

    private static final Pattern CREDIT_PHRASE = Pattern.compile("(?iu)(contributed by|reporting by|writing by|"
            + "additional reporting|with (information|reporting) (from|by)|information from|sources?:|"
            + "mit material von|avec|con información de|dengan informasi|sumber:)");
    private static final int SHORT_LINE = 12;

    private WireFinder() {
    }

    private static boolean holdsAny(String line, List<String> spellings) {
        for (String spelling : spellings) {
            if (line.contains(spelling)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param lead    the first paragraph, where a dateline credit stands
     * @param credits short lines outside the body and the closing paragraphs
     */
    static List<String> find(String lead, List<String> credits) {
        List<String> wires = new ArrayList<>();
        // Whether a line may credit at all does not depend on the agency: decided once per line, not per agency.
        List<String> creditLines = credits.stream()
                .filter(line -> LineWords.count(line, SHORT_LINE) <= SHORT_LINE || CREDIT_PHRASE.matcher(line).find())
                .toList();
        PATTERNS.forEach((name, patterns) -> {
            Pattern anywhere = patterns[0];
            Pattern dateline = patterns[1];
            List<String> spellings = SPELLINGS.get(name);
            boolean credited = lead != null && holdsAny(lead, spellings) && dateline.matcher(lead).find();
            for (String line : creditLines) {
                if (credited) {
                    break;
                }
                credited = holdsAny(line, spellings) && anywhere.matcher(line).find();
            }
            if (credited) {
                wires.add(name);
            }
        });
        return wires;
    }
}

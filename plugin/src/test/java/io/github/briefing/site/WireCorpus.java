package io.github.briefing.site;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small generated corpus in which one text is run by several outlets: one wire story copied word for word under
 * each outlet's headline, a few articles of their own that name the same place, and others that do not. The texts
 * are drawn from invented sentences (a fixed random seed), so that nothing depends on real articles.
 */
final class WireCorpus {

    /** The place every article but the fillers names, and a search finds. */
    static final String PLACE = "Varnholm";
    /** How the ids of the wire story's copies begin. */
    static final String WIRE = "wire-";
    static final List<String> WIRE_OUTLETS = List.of("Harbour Post", "Valley Times", "North Ledger");
    /** How many articles of their own name the place; the first of them in its headline. */
    static final int OWN = 4;
    private static final int FILLERS = 8;
    private static final List<String> SUBJECTS = List.of("The council", "Local farmers", "The ministry of roads",
            "Harbour workers", "A group of teachers", "The regional court", "Traders in the old market",
            "Engineers at the power plant", "The fishing cooperative", "Nurses at the county hospital",
            "The mayor's office", "Students at the technical college");
    private static final List<String> VERBS = List.of("said on Monday that", "warned that", "announced that",
            "confirmed that", "told reporters that", "wrote in a letter that", "insisted that", "expected that");
    private static final List<String> OBJECTS = List.of("prices for grain in %s rose by %d percent",
            "%d new homes would be built before winter", "the bridge near %s would close for %d days",
            "exports to %s had fallen to %d tonnes", "a new school in %s would open with %d pupils",
            "the vote in %s was delayed by %d weeks", "%d buses would serve the route to %s",
            "the harvest in %s was the smallest in %d years", "rents in %s had doubled within %d months",
            "%d workers at the mill near %s had lost their jobs");
    private static final List<String> TOWNS = List.of("Kelmarsh", "Dunvale", "Porthwick", "Aldmere", "Brackenfold",
            "Oskarby", "Trelleven", "Hadrigg");
    private static final ObjectMapper JSON = new ObjectMapper();

    private WireCorpus() {
    }

    /** Writes the corpus as one JSON-lines file into {@code folder}; returns the folder. */
    static Path write(Path folder) {
        List<Map<String, String>> records = new ArrayList<>();
        String wire = text(new Random(1), true);
        for (int i = 0; i < WIRE_OUTLETS.size(); i++) {
            records.add(record(WIRE + i, WIRE_OUTLETS.get(i), 5, "Storm damage in " + PLACE + " "
                    + List.of("leaves towns cut off", "cuts off the coast", "closes roads and schools").get(i), wire));
        }
        for (int i = 0; i < OWN; i++) {
            records.add(record("own-" + i, "Own Outlet " + i, 1 + i, i == 0 ? PLACE + " counts the cost of the storm"
                    : "Report " + i + " from the coast", text(new Random(100 + i), true)));
        }
        for (int i = 0; i < FILLERS; i++) {
            records.add(record("other-" + i, "Other Outlet " + i, 1 + i, "Notes from the valley, part " + i,
                    text(new Random(200 + i), false)));
        }
        try {
            Files.createDirectories(folder);
            List<String> lines = new ArrayList<>();
            for (Map<String, String> record : records) {
                lines.add(JSON.writeValueAsString(record));
            }
            Files.write(folder.resolve("articles.jsonl"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    private static Map<String, String> record(String id, String outlet, int day, String title, String text) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("title", title);
        record.put("outlet", outlet);
        record.put("date", String.format("2026-03-%02d", day));
        record.put("lang", "en");
        record.put("text", text);
        return record;
    }

    /** Five paragraphs of three invented sentences; with {@code place}, one sentence of each names the place. */
    private static String text(Random random, boolean place) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                String town = place && s == p % 3 ? PLACE : TOWNS.get(random.nextInt(TOWNS.size()));
                String object = OBJECTS.get(random.nextInt(OBJECTS.size()));
                int number = 2 + random.nextInt(400);
                String said = object.startsWith("%d") ? String.format(object, number, town)
                        : String.format(object, town, number);
                paragraph.append(s == 0 ? "" : " ").append(SUBJECTS.get(random.nextInt(SUBJECTS.size()))).append(' ')
                        .append(VERBS.get(random.nextInt(VERBS.size()))).append(' ').append(said).append('.');
            }
            paragraphs.add(paragraph.toString());
        }
        return String.join("\n\n", paragraphs);
    }
}

package io.github.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A large folder of small, distinct articles made from a fixed seed: many stories about invented people and
 * places, each told by a few outlets, so that every stage (matching and grouping included) has real work to do.
 * Run as a program to make a folder by hand: {@code LargeCorpus FOLDER FILES}.
 */
public final class LargeCorpus {

    // 32 syllables, three or four to a name: about a million names, so that stories rarely share one by chance.
    private static final String[] SYLLABLES = {"ka", "lo", "ren", "mi", "sar", "tu", "vel", "do", "bri", "nes",
            "qua", "pol", "zem", "ari", "fen", "gor", "hal", "ib", "jun", "kes", "lam", "mor", "nu", "ost", "pra",
            "ros", "sil", "tam", "ur", "vin", "wel", "yor"};
    private static final String[] VERBS = {"said", "announced", "reported", "confirmed", "denied", "warned"};
    private static final String[] NOUNS = {"floods", "elections", "a strike", "the budget", "a trade deal",
            "the harvest", "a bridge collapse", "fuel prices", "the census", "a ceasefire"};
    // %s is a name of the story's own, so that no line repeats across the corpus as boilerplate does.
    private static final String[] FILLER = {"Officials in %s met again on the matter during the week.",
            "Residents of %s described long queues and closed roads across the district.",
            "The opposition asked %s for an inquiry and for the figures to be published in full.",
            "Observers expect further talks with %s before the end of the month.",
            "Newspapers in %s carried the story on their front pages."};

    public static final long SEED = 2026;

    private LargeCorpus() {
    }

    /** Writes {@code files} article files straight into {@code folder}, one story per five files. */
    public static void write(Path folder, int files, long seed) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < files; i++) {
            Files.writeString(folder.resolve(String.format("article-%06d.txt", i)), article(i, seed),
                    StandardCharsets.UTF_8);
        }
    }

    /** Writes one article of at least {@code bytes} bytes: a headline, then the paragraphs of many stories. */
    public static void writeLong(Path file, int bytes, long seed) throws IOException {
        StringBuilder text = new StringBuilder(article(0, seed));
        for (int i = 1; text.length() < bytes; i++) {
            String other = article(i, seed);
            text.append(other, other.indexOf("\n\n") + 2, other.length());
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String article(int i, long seed) {
        SplittableRandom story = new SplittableRandom(seed + i / 5);
        SplittableRandom telling = new SplittableRandom(seed * 31 + i);
        String person = name(story) + " " + name(story);
        String place = name(story);
        String topic = NOUNS[story.nextInt(NOUNS.length)];
        int figure = 100 + story.nextInt(90_000) + (i % 5) * 7;
        int day = 1 + story.nextInt(28);
        StringBuilder text = new StringBuilder()
                .append(capitalise(topic)).append(" in ").append(place).append(": ").append(person)
                .append(' ').append(VERBS[telling.nextInt(VERBS.length)]).append(" new figures\n\n")
                .append(place.toUpperCase()).append(" -- ").append(person).append(' ')
                .append(VERBS[telling.nextInt(VERBS.length)]).append(" on March ").append(day)
                .append(", 2021 that ").append(String.format("%,d", figure)).append(" people were affected by ")
                .append(topic).append(" in ").append(place).append(".\n\n");
        for (int p = 0; p < 2 + telling.nextInt(3); p++) {
            String who = telling.nextBoolean() ? place : person;
            text.append(FILLER[telling.nextInt(FILLER.length)].formatted(who)).append(' ')
                    .append(FILLER[telling.nextInt(FILLER.length)].formatted(name(telling))).append("\n\n");
        }
        return text.toString();
    }

    private static String name(SplittableRandom random) {
        StringBuilder name = new StringBuilder();
        for (int s = 0; s < 3 + random.nextInt(2); s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return capitalise(name.toString());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), SEED);
    }
}

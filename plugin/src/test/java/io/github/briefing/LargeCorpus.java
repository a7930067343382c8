package io.github.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A large folder of small, distinct articles made from a fixed seed: many stories about invented people, places
 * and things, each told five times, so that every stage (matching and grouping included) has real work to do.
 * Run as a program to make a folder by hand: {@code LargeCorpus FOLDER FILES}.
 */
public final class LargeCorpus {

    // 32 syllables, three or four to a name: about a million names, so that stories rarely share one by chance.
    private static final String[] SYLLABLES = {"ka", "lo", "ren", "mi", "sar", "tu", "vel", "do", "bri", "nes",
            "qua", "pol", "zem", "ari", "fen", "gor", "hal", "ib", "jun", "kes", "lam", "mor", "nu", "ost", "pra",
            "ros", "sil", "tam", "ur", "vin", "wel", "yor"};
    private static final String[] VERBS = {"said", "announced", "reported", "confirmed", "denied", "warned"};
    private static final String[] CHANGES = {"grew", "fell", "stayed the same", "doubled", "halved"};
    // Real reports state their date once or twice; a date in every sentence would make it the story's only anchor.
    private static final String[] SINCE = {"this week", "over the past days", "in recent months", "since spring"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

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

    /**
     * Article {@code i}: a story (shared by five articles) has its people, place, date, figure and words of its
     * own; each telling picks its own verbs, sentences and a figure that moves on from one article to the next.
     */
    private static String article(int i, long seed) {
        SplittableRandom story = new SplittableRandom(seed + i / 5);
        SplittableRandom telling = new SplittableRandom(seed * 31 + i);
        String person = name(story) + " " + name(story);
        String place = name(story);
        String[] words = new String[8];
        for (int w = 0; w < words.length; w++) {
            words[w] = name(story).toLowerCase(Locale.ROOT);
        }
        String date = MONTHS[story.nextInt(MONTHS.length)] + " " + (1 + story.nextInt(28)) + ", "
                + (2019 + story.nextInt(6));
        int figure = 100 + story.nextInt(90_000) + (i % 5) * 7;
        StringBuilder text = new StringBuilder()
                .append(capitalise(words[0])).append(' ').append(words[1]).append(" in ").append(place).append(": ")
                .append(person).append(' ').append(pick(VERBS, telling)).append(" new figures\n\n")
                .append(place.toUpperCase(Locale.ROOT)).append(" -- ").append(person).append(' ')
                .append(pick(VERBS, telling)).append(" on ").append(date).append(" that ")
                .append(String.format(Locale.ROOT, "%,d", figure)).append(' ').append(words[2]).append(" were ")
                .append(words[3]).append(" in ").append(place).append(".\n\n");
        for (int p = 0; p < 2 + telling.nextInt(3); p++) {
            for (int sentence = 0; sentence < 2 + telling.nextInt(2); sentence++) {
                text.append("The ").append(pick(words, telling)).append(" of ")
                        .append(telling.nextBoolean() ? place : person).append(' ').append(pick(VERBS, telling))
                        .append(" that ").append(pick(words, telling)).append(" and ").append(pick(words, telling))
                        .append(' ').append(pick(CHANGES, telling)).append(' ').append(pick(SINCE, telling)).append(". ");
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return text.toString();
    }

    private static String pick(String[] from, SplittableRandom random) {
        return from[random.nextInt(from.length)];
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

package io.github.briefing.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Pages of random lines of a few words, which echo each other often (a line repeated, in capitals, joined to another by
 * a separator, cut short by an ellipsis), and a wire copy's line of its own: for comparing what a memo gives with what
 * is worked out whole.
 */
final class RandomPages {

    private static final String[] WORDS = {"Rivers", "rise", "after", "week", "of", "rain", "Harbour", "bridge",
        "closes", "Daily", "Post", "storm", "warning", "coast"};
    private static final String[] JOINS = {" - ", " | ", " \u00BB ", ": ", " ", " > "};

    private RandomPages() {
    }

    static String line(Random random) {
        StringBuilder line = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
        for (int w = random.nextInt(6); w > 0; w--) {
            line.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
        }
        return line.toString();
    }

    /** {@code size} lines that echo each other often: repeated, joined to others, cut short, in other case. */
    static List<String> header(Random random, int size) {
        List<String> page = new ArrayList<>();
        for (int i = size; i > 0; i--) {
            page.add(page.isEmpty() || random.nextBoolean() ? line(random) : echoOf(random, page));
        }
        return List.copyOf(page);
    }

    /** A wire copy's line of its own: new, or one that echoes a line of the page. */
    static String ownLine(Random random, List<String> page) {
        return random.nextInt(3) == 0 ? line(random) : echoOf(random, page);
    }

    private static String echoOf(Random random, List<String> page) {
        String line = page.get(random.nextInt(page.size()));
        return switch (random.nextInt(5)) {
            case 0 -> line;
            case 1 -> line.toUpperCase(Locale.ROOT);
            case 2 -> line + JOINS[random.nextInt(JOINS.length)] + line(random);
            case 3 -> line(random) + JOINS[random.nextInt(JOINS.length)] + line;
            default -> line.substring(0, Math.max(1, line.length() * 2 / 3)).strip()
                    + (random.nextBoolean() ? "..." : "\u2026");
        };
    }
}

package io.github.briefing.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.briefing.read.CorpusReader;
import io.github.briefing.read.RawArticle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the pages of a corpus with known headlines whose picked line is wrong, each with its category, so that a
 * change to the body search or the headline model shows which misses it moves. Not a test: run it by hand from the
 * plugin folder after {@code test-compile}, with the class path {@link HeadlineFit} names:
 * <pre>
 * java -cp ... io.github.briefing.clean.HeadlineMisses ARTICLES GOLD.json
 * </pre>
 * One line per miss (id, category, body span, pick and right line with their line numbers), then the count per
 * category. The right line is the candidate nearest the pick that the scorer would accept
 * ({@link HeadlineFit#lenientMatch}), else the first such line of the page.
 */
public final class HeadlineMisses {

    /** Why a page's pick is wrong, by where its right line stands. */
    enum Category {
        /** No line of the page is the headline (joined to another line by the scraper, or not printed). */
        NOT_ON_A_LINE,
        /** The right line is no candidate: the line filter rejects it. */
        FILTERED,
        /** The right line is no candidate: it stands below where the body starts. */
        BELOW_BODY_START,
        /** The right line is no candidate: far above the body, past the page's top and not repeated. */
        OUT_OF_REACH,
        /** The right line is a candidate more than two lines above the pick. */
        FAR_ABOVE,
        /** One or two lines above the pick (a standfirst or a company line chosen under the headline). */
        NEAR_ABOVE,
        /** One or two lines below the pick (a kicker, a name, a masthead chosen). */
        NEAR_BELOW,
        /** Further below the pick. */
        FAR_BELOW
    }

    private HeadlineMisses() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        List<RawArticle> raws = Collections.synchronizedList(new ArrayList<>());
        CorpusReader.read(Path.of(args[0]), null, raws::add);
        raws.sort((a, b) -> a.id().compareTo(b.id()));
        Cleaner cleaner = new Cleaner(SharedLines.of(raws));
        Map<Category, Integer> counts = new TreeMap<>();
        int titled = 0;
        for (RawArticle raw : raws) {
            JsonNode title = gold.path("articles").path(raw.id()).path("title");
            if (!title.isTextual()) {
                continue;
            }
            titled++;
            Cleaner.Layout layout = cleaner.layout(raw);
            List<String> page = layout.page();
            MainText.Span span = layout.span();
            List<Headlines.Candidate> candidates = Headlines.candidates(page, span.start(), span.end(),
                    layout.onPage(), cleaner.shared(), Headlines.Memos.NONE);
            int pick = Headlines.find(page, span.start(), span.end(), layout.onPage(), cleaner.shared(), Headlines.Memos.NONE);
            if (pick >= 0 && right(title.asText(), page.get(pick))) {
                continue;
            }
            // The right candidate nearest the pick (a page may print its headline in a menu too), else the first right
            // line.
            int rightAt = candidates.stream().filter(c -> right(title.asText(), page.get(c.line())))
                    .mapToInt(Headlines.Candidate::line).boxed()
                    .min(Comparator.comparingInt(line -> Math.abs(line - pick))).orElse(-1);
            for (int i = 0; i < page.size() && rightAt < 0; i++) {
                rightAt = right(title.asText(), page.get(i)) ? i : -1;
            }
            Category category = category(candidates, rightAt, pick, page, span, layout, cleaner);
            counts.merge(category, 1, Integer::sum);
            int spanChars = 0;
            for (int i = span.start(); i < span.end(); i++) {
                spanChars += page.get(i).length();
            }
            System.out.printf("%s\t%s\tspan %d-%d (%d chars) of %d, right line %s above it\tpick %d: %s\t"
                            + "right %d: %s\tgold: %s%n",
                    raw.id(), category, span.start(), span.end(), spanChars, page.size(),
                    rightAt < 0 ? "-" : span.start() - rightAt, pick,
                    pick < 0 ? "-" : cut(page.get(pick)), rightAt, rightAt < 0 ? "-" : cut(page.get(rightAt)),
                    cut(title.asText()));
        }
        int misses = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("titled pages %d, wrong %d (lenient %.3f)%n", titled, misses,
                1 - (double) misses / Math.max(1, titled));
        counts.forEach((category, n) -> System.out.printf("  %s %d%n", category, n));
    }

    private static Category category(List<Headlines.Candidate> candidates, int rightAt, int pick, List<String> page,
                                     MainText.Span span, Cleaner.Layout layout, Cleaner cleaner) {
        if (rightAt < 0) {
            return Category.NOT_ON_A_LINE;
        }
        boolean candidate = candidates.stream().anyMatch(c -> c.line() == rightAt);
        if (!candidate) {
            if (Headlines.score(page.get(rightAt), layout.onPage(), cleaner.shared()) <= 0) {
                return Category.FILTERED;
            }
            return rightAt >= span.start() ? Category.BELOW_BODY_START : Category.OUT_OF_REACH;
        }
        int above = pick - rightAt;
        if (above > 2) {
            return Category.FAR_ABOVE;
        }
        if (above > 0) {
            return Category.NEAR_ABOVE;
        }
        return above >= -2 ? Category.NEAR_BELOW : Category.FAR_BELOW;
    }

    private static boolean right(String gold, String line) {
        return HeadlineFit.lenientMatch(gold, LineFeatures.withoutLeadingDate(line));
    }

    private static String cut(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}

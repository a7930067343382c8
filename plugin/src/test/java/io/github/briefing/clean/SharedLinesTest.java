package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SharedLinesTest {

    @Test
    void anArticleBringsTheKeysOfItsShortLinesAndTheHashesOfItsSentences() {
        String text = "Home\nNews\n\nThe council voted on Tuesday to close the harbour bridge for the whole summer. Repairs "
                + "start in May and take six weeks or more, the mayor's office said in a statement.\nShare this article on your favourite network today\nHome";
        SharedLines.Lines lines = SharedLines.Lines.of(text);
        assertEquals(Set.of("home", "news", "share this article on your favourite network today"), lines.keys());
        assertEquals(3, lines.sentences().length); // the one-sentence line, and the two sentences of the long paragraph
        assertArrayEquals(definition(text).sentences(), lines.sentences());
    }

    @Test
    void randomTextsGiveWhatTheirLinesAndSentencesGiveOneByOne() {
        String[] parts = {"word", "Word", " ", "  ", "\n", "\n\n", ".", "?", "\u3002", "\"", "\u201C", "\u201D", "'",
                "\u2014", "--", "\u00A0", "\t", "\u5E02\u8B70\u4F1A", "\uD83D\uDE00", "e\u0301", "Dr.", "3.5",
                "a b c d e f g h", "Long words of a paragraph that run past a template line's length, "};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            SharedLines.Lines expected = definition(text.toString());
            SharedLines.Lines lines = SharedLines.Lines.of(text.toString());
            assertEquals(expected.keys(), lines.keys(), text::toString);
            assertArrayEquals(expected.sentences(), lines.sentences(), text::toString);
        }
    }

    /**
     * What an article brings, straight from the definition: each line's key when it is at most 160 characters and not
     * empty; the hash of each sentence of six words or more that quotes nobody, sorted, each once.
     */
    /** A report of its own, {@code n}: three sentences no other report shares. */
    private static String report(int n) {
        return "Inspectors counted " + n + " cracked beams under the old river crossing this week. The repair crew of "
                + "district " + n + " will need at least " + (n + 3) + " more days to finish. Traffic takes the "
                + "ring road number " + n + " until the work is done, officials said.";
    }

    @Test
    void aLineManyDifferentArticlesCarryIsTemplateButOneThatCopiesOfOneTextCarryIsNot() {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            texts.add("Subscribe to our newsletter\n" + report(n));
            // Forty outlets run one agency story: its headline and dateline are the story's, not a site's template.
            texts.add("Outlet " + n + " front page\nBridge closed for repairs\nBy the agency desk\n" + report(1000));
        }
        SharedLines shared = counted(texts);
        assertTrue(shared.isTemplateKey(LineKey.of("Subscribe to our newsletter")));
        assertFalse(shared.isTemplateKey(LineKey.of("Bridge closed for repairs")));
        assertFalse(shared.isTemplateKey(LineKey.of("By the agency desk")));
    }

    @Test
    void pagesWithoutSentencesAreDifferentTexts() {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            texts.add("Menu\nContact\nItem " + n);
        }
        assertTrue(counted(texts).isTemplateKey(LineKey.of("Contact")));
    }

    @Test
    void theTemplateDoesNotDependOnTheOrderArticlesAreCountedIn() {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            // Sites' lines, each on a different share of 150 reports, some of them copies of one another.
            texts.add("Section " + n % 7 + "\nEdition " + n % 11 + "\n" + report(n % 9 == 0 ? 1 : n));
        }
        Set<String> first = counted(texts).templateLines();
        Collections.shuffle(texts, new Random(3));
        assertEquals(first, counted(texts).templateLines());
        assertTrue(first.contains(LineKey.of("Section 3")));
    }

    @Test
    void countsWithArticlesTakenOutAndOthersAddedAreTheCountsOfTheArticlesLeft() {
        // Sites' lines on many articles each, so that their samples are full and a removal leaves some of them short;
        // reports drawn from a few, so that copies and different texts compete for the samples' places.
        Random random = new Random(11);
        int changedTemplates = 0;
        for (int round = 0; round < 30; round++) {
            List<String> texts = new ArrayList<>();
            for (int n = 0; n < 300; n++) {
                texts.add(page(random, 4 + round % 20));
            }
            SharedLines.Counter counter = new SharedLines.Counter();
            List<SharedLines.Counted> counted = new ArrayList<>();
            texts.forEach(text -> counted.add(counter.add(SharedLines.Lines.of(text))));
            Set<String> before = counter.result().templateLines();
            // An edit loop's builds: some articles taken out, others counted, the result asked after each.
            for (int build = 0; build < 3; build++) {
                for (int k = 0; k < 40; k++) {
                    int at = random.nextInt(texts.size());
                    counter.remove(counted.get(at));
                    texts.set(at, page(random, 4 + round % 20));
                    counted.set(at, counter.add(SharedLines.Lines.of(texts.get(at))));
                }
                Set<String> kept = counter.result().templateLines();
                assertEquals(counted(texts).templateLines(), kept, "round " + round + ", build " + build);
                changedTemplates += kept.equals(before) ? 0 : 1;
                before = kept;
            }
        }
        assertTrue(changedTemplates > 5, "the edits change the template: " + changedTemplates);
    }

    @Test
    void aLineWhoseFullSampleLosesACarrierTakesTheNextOneBeyondIt() {
        // Copies of the report first in the carriers' order fill the line's sample but for five places, which five
        // different reports take: six texts, one short of the threshold (seven, for 79 articles). With one copy
        // taken out, a sixth different report, beyond the sample until then, takes its place.
        List<String> reports = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            reports.add("Follow the harbour desk\n" + report(n));
        }
        reports.sort(Comparator.comparingLong(text -> Carriers.order(SharedLines.Lines.of(text).sentences())));
        List<String> texts = new ArrayList<>(Collections.nCopies(59, reports.get(0)));
        texts.addAll(reports.subList(1, 21));
        SharedLines.Counter counter = new SharedLines.Counter();
        List<SharedLines.Counted> counted = new ArrayList<>();
        texts.forEach(text -> counted.add(counter.add(SharedLines.Lines.of(text))));
        String line = LineKey.of("Follow the harbour desk");
        assertFalse(counter.result().isTemplateKey(line));

        counter.remove(counted.get(0));
        texts.remove(0);

        assertTrue(counted(texts).isTemplateKey(line));
        assertEquals(counted(texts).templateLines(), counter.result().templateLines());
    }

    @Test
    void takingOutEveryArticleAndCountingThemAgainGivesTheSameCounts() {
        List<String> texts = new ArrayList<>();
        Random random = new Random(2);
        for (int n = 0; n < 200; n++) {
            texts.add(page(random, 10));
        }
        SharedLines.Counter counter = new SharedLines.Counter();
        List<SharedLines.Counted> counted = new ArrayList<>();
        texts.forEach(text -> counted.add(counter.add(SharedLines.Lines.of(text))));
        Set<String> first = counter.result().templateLines();
        counted.forEach(counter::remove);
        assertEquals(Set.of(), counter.result().templateLines());
        Collections.reverse(texts);
        texts.forEach(counter::add);
        assertEquals(first, counter.result().templateLines());
        assertFalse(first.isEmpty());
    }

    /** A page of one of a few sites, a site's lines and one of {@code reports} reports (or its own, without any). */
    private static String page(Random random, int reports) {
        int site = random.nextInt(4);
        String body = random.nextInt(8) == 0 ? "Item " + random.nextInt(1000) : report(random.nextInt(reports));
        return "Section " + site + "\nEdition " + random.nextInt(3) + "\nFollow site " + site + " for more\n" + body;
    }

    private static SharedLines counted(List<String> texts) {
        SharedLines.Counter counter = new SharedLines.Counter();
        texts.forEach(counter::add);
        return counter.result();
    }

    private static SharedLines.Lines definition(String text) {
        Set<String> keys = new HashSet<>();
        Set<Long> hashes = new HashSet<>();
        for (String line : text.split("\n")) {
            String key = LineKey.of(line);
            if (!key.isEmpty() && key.length() <= 160) {
                keys.add(key);
            }
            for (String sentence : Sentences.of(line)) {
                char[] chars = sentence.toCharArray();
                if (LineFeatures.hasWords(sentence, SharedSentences.MIN_WORDS)
                        && !SharedSentences.quotes(chars, 0, chars.length)) {
                    hashes.add(SharedSentences.hash(LineKey.of(sentence)));
                }
            }
        }
        long[] sorted = hashes.stream().mapToLong(Long::longValue).sorted().toArray();
        return new SharedLines.Lines(keys, Arrays.copyOf(sorted, sorted.length));
    }
}

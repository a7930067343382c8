package io.github.briefing.clean;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

class LineFactsTest {

    /** Made-up lines of the kinds a page holds, in several scripts. */
    static final List<String> LINES = List.of(
            "The council voted on Tuesday to close the harbour bridge for six months of repairs, officials said.",
            "Der Stadtrat beschloss am Dienstag, die Hafenbrücke für sechs Monate zu sperren. Pendler nehmen die Fähre",
            "市議会は火曜日、港の橋を半年間閉鎖することを決めた。通勤客はフェリーを使う。",
            "Городской совет во вторник решил закрыть мост в порту на полгода для ремонта.",
            "قرر المجلس البلدي يوم الثلاثاء إغلاق جسر الميناء لمدة ستة أشهر؟",
            "Читайте также", "Baca juga:", "Related articles",
            "Home > News > Harbour > Bridge closes", "Share this article >>", "Print", "••• ••• •••",
            "By Jane Roe", "Von Julia Müller", "By", "12:45 2020-01-02", "Posted on April 29, 2022", "March 2021",
            "Crowds wait at the ferry pier before dawn. (Photo: Jane Roe/Harbour Press)",
            "The old bridge seen from the north shore \u00A9 Ana Ruiz",
            "Reporting by Ann Lee; editing by Bo Chan", "(AP/dpa)", "Avec AFP",
            "a sentence that lost its stop and goes on and on about the bridge and the ferries and the harbour fares",
            "Two lines\u2028in one.", "\"Wir bauen die Brücke neu.\u201C", "ส่วนหนึ่งของสะพานปิดซ่อมแซม",
            "Harbour bridge closes for repairs");

    @Test
    void theFactsAreThePredicatesOfTheLine() {
        for (String line : LINES) {
            assertFactsOf(line, LineFacts.of(line));
        }
    }

    @Test
    void factsAskedInAnyOrderAreTheSame() {
        for (String line : LINES) {
            LineFacts facts = LineFacts.of(line + " " + line.length());
            String text = facts.line();
            // Asked last first: each fact is worked out on its own, whatever was asked before.
            assertEquals(Credits.isCredit(text), facts.credit(), text);
            assertEquals(LineFeatures.isMetadata(text), facts.metadata(), text);
            assertEquals(LineFeatures.isCaption(text), facts.caption(), text);
            assertFactsOf(text, facts);
        }
    }

    @Test
    void aLineMetAgainIsTheOneKept() {
        String line = LINES.get(0);
        LineFacts facts = LineFacts.of(line);
        LineFacts again = LineFacts.of(new String(line.toCharArray()));
        assertSame(facts, again);
        assertSame(facts.line(), again.line());
    }

    @Test
    void aVeryLongLineIsNotKeptSoThatTheMemoStaysSmall() {
        String line = LINES.get(0).repeat(20);
        assertNotSame(LineFacts.of(line), LineFacts.of(line));
        assertFactsOf(line, LineFacts.of(line));
    }

    @Test
    void threadsAskingTheSameLinesGetThePredicatesAnswers() throws Exception {
        askFromThreads(LineFacts::of);
    }

    /** Four threads ask for the facts of the same lines at once: each must get the predicates' answers. */
    static void askFromThreads(Function<String, LineFacts> facts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> asked = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Random random = new Random(t);
                asked.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        String line = LINES.get(random.nextInt(LINES.size())) + " " + random.nextInt(50);
                        assertFactsOf(line, facts.apply(line));
                    }
                }));
            }
            for (Future<?> f : asked) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    static void assertFactsOf(String line, LineFacts facts) {
        assertEquals(line, facts.line());
        assertEquals(LineKey.of(line), facts.key(), line);
        assertEquals(LineFeatures.words(line), facts.words(), line);
        for (int least = 1; least <= 45; least++) {
            assertEquals(LineFeatures.hasWords(line, least), facts.hasWords(least), line + " " + least);
        }
        assertEquals(LineFeatures.isProse(line), facts.prose(), line);
        assertEquals(LineFeatures.endsLikeSentence(line), facts.sentenceEnd(), line);
        assertEquals(LineFeatures.isLongUnfinishedSentence(line), facts.unfinished(), line);
        assertEquals(LineFeatures.hasDateOrTime(line), facts.dateOrTime(), line);
        assertEquals(LineFeatures.isTeaserHeading(line), facts.teaserHeading(), line);
        assertEquals(LineFeatures.isPrompt(line) || LineFeatures.isBreadcrumb(line) || LineFeatures.isDecoration(line),
                facts.furniture(), line);
        assertEquals(LineFeatures.isByline(line), facts.byline(), line);
        assertEquals(LineFeatures.isMetadata(line), facts.metadata(), line);
        assertEquals(LineFeatures.isCaption(line), facts.caption(), line);
        assertEquals(LineFeatures.isCredited(line), facts.credited(), line);
        assertEquals(Credits.isCredit(line), facts.credit(), line);
        long[] masks = new long[4];
        Echoes.pairMask(line, masks, 0);
        Echoes.pairMask(line.toLowerCase(Locale.ROOT), masks, 2);
        assertEquals(new LineFacts.Pairs(masks[0], masks[1], masks[2], masks[3]), facts.pairs(), line);
    }

    @Test
    void linesOfOneKeyEachHaveTheHeadlineShapeOfTheirOwnText() {
        // One line but for its marks and capitals, four shapes: a memo by its words would mix them up.
        List<String> lines = List.of("Why cities flood?", "Why cities flood.", "WHY CITIES FLOOD", "why cities, flood");
        List<Headlines.Shape> shapes = lines.stream().map(line -> LineFacts.of(line).shape()).toList();
        assertEquals(List.of(true, false, false, false), shapes.stream().map(Headlines.Shape::asks).toList());
        assertEquals(List.of(false, true, false, false), shapes.stream().map(Headlines.Shape::endsWithStop).toList());
        assertEquals(List.of(false, false, true, false), shapes.stream().map(Headlines.Shape::allCaps).toList());
        assertEquals(List.of(false, false, false, true), shapes.stream().map(Headlines.Shape::comma).toList());
        assertEquals(List.of(1 / 3.0, 1 / 3.0, 1.0, 0.0), shapes.stream().map(Headlines.Shape::capitalised).toList());
        for (String line : lines) {
            assertEquals(Headlines.Shape.of(line), LineFacts.of(line).shape(), line);
        }
    }
}

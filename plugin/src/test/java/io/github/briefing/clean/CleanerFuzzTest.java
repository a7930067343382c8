package io.github.briefing.clean;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.RawArticle;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cleaning any text never fails and never invents: every paragraph and caption kept is a line of the input. */
class CleanerFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void cleaningKeepsOnlyLinesOfTheInput(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        RawArticle raw = new RawArticle("a", Path.of("a.txt"), 0, text, GivenFacts.NONE);
        CleanArticle clean = new Cleaner(SharedLines.of(List.of(raw))).clean(raw);
        for (String kept : clean.paragraphs()) {
            assertTrue(text.contains(kept.strip()), "invented: " + kept);
        }
        for (String caption : clean.captions()) {
            assertTrue(text.contains(caption.strip()), "invented caption: " + caption);
        }
    }
}

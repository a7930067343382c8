package io.github.briefing.analyse;

import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpellingTest {

    @Test
    void wordsAreSpelledInLowercaseLatinLetters() {
        assertEquals("prezident", Spelling.words("Президент"));
        assertEquals("prasident rede", Spelling.words("Präsident: Rede"));
        assertEquals("athena", Spelling.words("Αθήνα"));
    }

    @Test
    void shortWordsAreLeftOut() {
        assertEquals("", Spelling.words("the cat and a dog"));
        assertEquals("flood flood", Spelling.words("A flood, a flood!"));
    }

    @Test
    void scriptsWithoutSpacesAreCutIntoTheirTransliteratedSyllables() {
        // 北京 becomes "bei jing": only the syllable of four letters is kept.
        assertEquals("jing", Spelling.words("北京"));
        assertTrue(Spelling.words("القاهرة").length() >= 4, Spelling.words("القاهرة"));
    }

    @Test
    void anArticleIsSpelledByItsHeadlineAndFirstParagraph() {
        Article article = new Article("a", null, "en", "Volcano erupts", false, LocalDate.of(2024, 5, 1), DateBasis.TEXT, null, null,
                null, List.of(), null, null, List.of("Lava reached the coast.", "Later paragraphs."), List.of());
        assertEquals(new Spelling("volcano erupts", "lava reached coast"), Spelling.of(article));
    }
}

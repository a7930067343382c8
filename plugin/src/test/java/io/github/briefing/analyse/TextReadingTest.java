package io.github.briefing.analyse;

import io.github.briefing.describe.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextReadingTest {

    private static final String FILLER = "and then the committee spoke again about it ";

    /** An analysis read in two pieces, as {@link AnchorExtractor#analyse} does, must be the text's read whole. */
    private static void assertReadAsWhole(Article article) {
        AnalysedArticle pieces = new AnchorExtractor().analyse(article);
        AnalysedArticle whole = AnchorExtractor.readWhole(article);
        String what = article.title() + " | " + article.paragraphs();
        assertEquals(whole.anchors(), pieces.anchors(), what);
        assertEquals(whole.order(), pieces.order(), what);
        assertEquals(whole.skeletons(), pieces.skeletons(), what);
        assertEquals(whole.terms(), pieces.terms(), what);
        assertEquals(whole.lead(), pieces.lead(), what);
        assertEquals(whole.sentences(), pieces.sentences(), what);
        assertEquals(whole.spelling(), pieces.spelling(), what);
        assertEquals(whole.figure(), pieces.figure(), what);
    }

    private static Article article(String lang, String title, String... paragraphs) {
        return Fixtures.article("x", lang, null, title, paragraphs);
    }

    @Test
    void aHeadlineAndItsBodyReadApartGiveWhatTheWholeTextGives() {
        String body = "Officials in Bogota said on 2021-05-03 that Hernandez counted 4,512 homes under water in "
                + "Kolumbia. Three villages near Rio de Janeiro were cut off, said AFP.";
        for (String title : new String[] {"Floods reach Kolumbia", "Hernandez: three more days of rain",
                "4,512 homes flooded in Peru", "", "Rains in Rio de Janeiro, says Hernandez"}) {
            assertReadAsWhole(article("en", title, body, "The UN sent help on March 5."));
            assertReadAsWhole(article("en", title));
        }
        assertReadAsWhole(article("en", null, body));
    }

    @Test
    void theBodyGivesTheLeadWhatTheHeadlineLeavesOfItsWords() {
        String lead = "Officials said floods cost Hernandez 4,250 homes and three million dollars ";
        for (int words = 0; words < AnchorExtractor.LEAD_WORDS + 10; words += 3) {
            String title = "Peru " + "floods hit Lima ".repeat(words / 3) + "again";
            for (int filler = 0; filler < 9; filler += 4) {
                assertReadAsWhole(article("en", title, FILLER.repeat(filler) + lead + FILLER.repeat(5)
                        + "while Lindqvist visited Chile with 1,200 aid workers."));
            }
        }
    }

    @Test
    void aDayAndMonthReadAcrossTheHeadlinesLineEndIsKept() {
        Article monthFirst = article("en", "Aid arrives in March", "5 trucks reached the town.");
        Article dayFirst = article("en", "Aid arrives on 12", "March brought more rain to Lima.");
        Article dayBeforeDe = article("es", "Lluvias en Lima: el balance del 12", "de marzo a hoy, 40 muertos.");
        assertReadAsWhole(monthFirst);
        assertReadAsWhole(dayFirst);
        assertReadAsWhole(dayBeforeDe);
        assertReadAsWhole(article("en", "Aid arrives on 12", "Officials said on March 5 that aid was late."));
        assertReadAsWhole(article("es", "Lluvias en Lima: el balance del 12", "de nuevo 40 muertos en marzo."));
        assertTrue(new AnchorExtractor().analyse(dayBeforeDe).anchors().dates().contains("03-12"));
        assertTrue(new AnchorExtractor().analyse(monthFirst).anchors().dates().contains("03-05"));
        assertTrue(new AnchorExtractor().analyse(dayFirst).anchors().dates().contains("03-12"));
    }

    @Test
    void namesNounsAndNumbersInWordsReadAsWholeInOtherLanguages() {
        assertReadAsWhole(article("de", "Besuch von Olaf Reinhold in Kolumbien",
                "Gestern sagte Olaf Reinhold, dass der Prozess bald beginnt. Danach lobte Reinhold das Leben.",
                "Im Stadtrat gab es Streit über drei Millionen Euro."));
        assertReadAsWhole(article("de", "Der Stadtrat tagt", "Stadtrat Ebersfelden sprach lange."));
        assertReadAsWhole(article("de", "Treffen mit der", "パンデミック bleibt ein Thema, sagte Reinhold."));
        assertReadAsWhole(article("id", "Tiga juta warga Jakarta terdampak banjir",
                "Sebanyak tiga juta warga di Jakarta dan Bogor terdampak, kata BNPB pada Senin."));
        assertReadAsWhole(article("ja", "東京で大雨、パンデミック対策も", "気象庁によると、3月5日に300万人が避難した。"));
        assertReadAsWhole(article("ru", "Наводнение в Колумбии", "Три тысячи домов затоплены, сообщил Эрнандес."));
    }

    @Test
    void copiesUnderHeadlinesOfTheirOwnShareTheirBodysReadingAndStayExact() {
        AnchorExtractor extractor = new AnchorExtractor();
        String body = "Officials in Bogota said that Hernandez counted 4,512 homes under water in Kolumbia.";
        for (int copy = 1; copy <= 3; copy++) {
            Article article = Fixtures.article("c" + copy, "en", LocalDate.of(2021, 5, copy),
                    "Wire copy " + copy + " of floods in Peru, outlet " + copy, body);
            AnalysedArticle whole = AnchorExtractor.readWhole(article);
            AnalysedArticle read = extractor.analyse(article);
            assertEquals(whole.terms(), read.terms());
            assertEquals(whole.lead(), read.lead());
            assertEquals(whole.order(), read.order());
            assertTrue(read.anchors().dates().contains("2021-05-0" + copy));
            assertTrue(read.anchors().places().containsAll(List.of("CO", "PE")));
        }
    }
}

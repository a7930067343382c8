package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences that run parallel, long and short alike: the shape of a translation. */
class ParallelTest {

    private static final AnalysedArticle INDONESIAN = Fixtures.analysed("id", "id", null, null,
            "Petani di lembah itu menanam padi.",
            "Musim hujan tahun ini datang terlambat dan sungai menjadi kering selama berminggu-minggu.",
            "Banyak keluarga pindah ke kota.",
            "Pemerintah daerah berjanji membangun bendungan kecil dan saluran air baru sebelum musim tanam berikutnya.",
            "Warga menunggu",
            "Sekolah tetap buka.");
    private static final AnalysedArticle ENGLISH = Fixtures.analysed("en", "en", null, null,
            "Farmers in the valley grow rice.",
            "The rainy season came late this year and the river ran dry for weeks.",
            "Many families moved to town.",
            "The regional government promised to build a small dam and new water channels before the next planting season.",
            "Residents wait.",
            "Schools stay open.");
    private static final AnalysedArticle JAPANESE = Fixtures.analysed("ja", "ja", null, null,
            "谷の農家は米を作っている。",
            "今年は雨季の到来が遅れ、川は何週間も干上がった。",
            "多くの家族が町へ移った。",
            "地方政府は次の田植えの季節までに小さなダムと新しい用水路を造ると約束した。",
            "住民は待つ。",
            "学校は開いている。");
    private static final AnalysedArticle OTHER = Fixtures.analysed("other", "en", null, null,
            "A long opening sentence about the orchestra that toured the northern provinces all summer long.",
            "It rained.",
            "The conductor, who had led the ensemble for twenty years, announced that she would retire soon.",
            "Tickets sold out.",
            "Critics were kind to the young soloists and to the new hall alike, praising its warm sound.",
            "The end came quickly.");

    private static int[] lengths(AnalysedArticle article) {
        return article.sentences().stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void sentencesAreCountedInLettersAndEndAtLineBreaks() {
        assertEquals(List.of(13, 16), INDONESIAN.sentences().subList(4, 6), "a line without a full stop ends too");
        assertEquals(6, JAPANESE.sentences().size());
    }

    @Test
    void aTranslationRunsParallelInAnyScript() {
        assertTrue(PairScore.parallel(lengths(INDONESIAN), lengths(ENGLISH)) > PairScore.PARALLEL);
        assertTrue(PairScore.parallel(lengths(JAPANESE), lengths(ENGLISH)) > PairScore.PARALLEL);
        assertTrue(PairScore.parallel(lengths(OTHER), lengths(ENGLISH)) < PairScore.PARALLEL);
    }

    @Test
    void aTellingThatLostItsFirstSentenceStillRunsParallel() {
        int[] english = lengths(ENGLISH);
        int[] shortened = java.util.Arrays.copyOfRange(english, 1, english.length);
        assertTrue(PairScore.parallel(lengths(INDONESIAN), shortened) > PairScore.PARALLEL);
    }

    @Test
    void tooFewSentencesOrTooManyMoreSayNothing() {
        assertEquals(0, PairScore.parallel(new int[] {10, 50, 20, 80}, new int[] {12, 55, 19, 90}));
        assertEquals(0, PairScore.parallel(new int[] {10, 50, 20, 80, 30}, new int[] {9, 9, 9, 9, 10, 50, 20, 80, 30}));
    }

    @Test
    void aParallelPairAcrossLanguagesIsSimilarEvenWithoutSharedWords() {
        PairScore parallel = new PairScore(0, 1, 0, 0, 1, 1, 0.95, 0, 0, 0, 0);
        PairScore not = new PairScore(0, 1, 0, 0, 1, 1, 0.5, 0, 0, 0, 0);
        assertEquals(PairScore.PARALLEL_WEIGHT, parallel.similarity(), 1e-9);
        assertEquals(0, not.similarity(), 1e-9);
    }
}

package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidates found from the last build's after edits, against candidates found afresh. */
class KeptProposalsTest {

    /** Held by the first {@link #HOLDERS} articles: one more holder than a feature that still proposes. */
    private static final String COMMON = "zorbalin";
    private static final int HOLDERS = CandidateIndex.MAX_POSTINGS + 1;

    /** A made-up word, the same for the same number. */
    private static String word(int number) {
        return new Random(number).ints(8, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** A made-up name, capitalised. */
    private static String name(int number) {
        String w = word(10_000 + number);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1, 6);
    }

    /**
     * An article of two names and three words of small pools (each held by a few articles: rare), five words of its
     * own and the common word when it is one of the first holders.
     */
    private static AnalysedArticle article(int i, long seed, boolean common) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("Minister " + name(random.nextInt(30)) + " met " + name(random.nextInt(30))
                + " and spoke of");
        for (int w = 0; w < 3; w++) {
            text.append(' ').append(word(random.nextInt(40)));
        }
        for (int w = 0; w < 5; w++) {
            text.append(' ').append(word(1000 + (int) seed * 10 + w));
        }
        if (common) {
            text.append(' ').append(COMMON);
        }
        return Fixtures.analysed("a" + i, "en", null, null, text.append('.').toString());
    }

    private static List<AnalysedArticle> corpus() {
        List<AnalysedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            articles.add(article(i, i, i < HOLDERS));
        }
        return articles;
    }

    private static List<AnalysedArticle> edited(List<AnalysedArticle> corpus, UnaryOperator<List<AnalysedArticle>> edit) {
        return edit.apply(new ArrayList<>(corpus));
    }

    @Test
    void candidatesFromTheLastBuildsAreTheCandidatesFoundAfresh() {
        List<AnalysedArticle> corpus = corpus();
        List<List<AnalysedArticle>> builds = List.of(corpus,
                // The common word dropped by one holder: it is rare now, and its other holders propose by it.
                edited(corpus, a -> {
                    a.set(3, article(3, 3, false));
                    return a;
                }),
                // and taken again: it is common again, and its holders no longer propose by it
                corpus,
                // Other pool words and names in one article: its old and new neighbours propose otherwise.
                edited(corpus, a -> {
                    a.set(20, article(20, 777, true));
                    return a;
                }),
                // A word new to the corpus in the first article: the numbers of nearly all words move.
                edited(corpus, a -> {
                    a.set(0, Fixtures.analysed("a0", "en", null, null, "Minister " + name(1) + " spoke of "
                            + word(5) + " and " + word(99_999) + "."));
                    return a;
                }),
                // One article made a copy of another's text: the two count once, and every article may propose anew.
                edited(corpus, a -> {
                    a.set(30, article(30, 31, true));
                    return a;
                }),
                // and back, from the kept candidates of the edited corpus
                corpus, corpus);
        FeatureVectors.Kept views = FeatureVectors.Kept.fresh();
        KeptProposals anchors = new KeptProposals();
        KeptProposals words = new KeptProposals();
        KeptProposals.Proposed lastWords = null;
        boolean neighbourChanged = false;
        boolean copied = false;
        for (List<AnalysedArticle> build : builds) {
            FeatureVectors terms = FeatureVectors.words(build, views).terms();
            long[][] signatures = words.sign(terms);
            Copies copies = Copies.of(NearDuplicates.pairs(signatures), terms);
            KeptProposals.Proposed byAnchors = anchors.propose(FeatureVectors.anchors(build, views), copies, null);
            KeptProposals.Proposed byWords = words.propose(terms, copies, signatures);
            FeatureVectors freshTerms = FeatureVectors.words(build).terms();
            long[][] freshSignatures = NearDuplicates.signatures(freshTerms, null, null);
            Copies freshCopies = Copies.of(NearDuplicates.pairs(freshSignatures), freshTerms);
            copied |= freshCopies.first(31) == 30;
            assertSameCandidates(KeptProposals.Proposed.of(FeatureVectors.anchors(build), freshCopies, null, null),
                    byAnchors);
            assertSameCandidates(KeptProposals.Proposed.of(freshTerms, freshCopies, freshSignatures, null), byWords);
            if (lastWords != null) {
                for (int i = 0; i < build.size(); i++) {
                    boolean unedited = build.get(i) == builds.get(0).get(i);
                    neighbourChanged |= unedited && !Arrays.equals(lastWords.proposals()[i], byWords.proposals()[i]);
                }
            }
            lastWords = byWords;
        }
        assertTrue(neighbourChanged, "an unedited article proposes otherwise after an edit");
        assertTrue(copied, "the copy is grouped with its original");
    }

    @Test
    void anArticleTheEditCannotReachKeepsItsProposalsAndSignature() {
        List<AnalysedArticle> corpus = corpus();
        FeatureVectors.Kept views = FeatureVectors.Kept.fresh();
        KeptProposals words = new KeptProposals();
        KeptProposals.Proposed before = propose(words, FeatureVectors.words(corpus, views).terms());
        List<AnalysedArticle> edited = edited(corpus, a -> {
            a.set(89, article(89, 89, true));
            return a;
        });
        KeptProposals.Proposed after = propose(words, FeatureVectors.words(edited, views).terms());
        boolean[] unsettled = CandidateIndex.unsettled(after.vectors(), after.held(), after.copies(),
                before.vectors(), before.held(), before.copies());
        assertTrue(unsettled[89]);
        int kept = 0;
        for (int i = 0; i < corpus.size(); i++) {
            if (!unsettled[i]) {
                assertSame(before.proposals()[i], after.proposals()[i]);
                kept++;
            }
            assertNotNull(after.signatures()[i]);
        }
        assertTrue(kept > corpus.size() / 2, "kept " + kept);
        assertSame(before.signatures()[1], after.signatures()[1], "its words' numbers did not move");
    }

    /** The words' candidates, as the match stage proposes them in an edit loop. */
    private static KeptProposals.Proposed propose(KeptProposals kept, FeatureVectors terms) {
        long[][] signatures = kept.sign(terms);
        return kept.propose(terms, Copies.of(NearDuplicates.pairs(signatures), terms), signatures);
    }

    private static void assertSameCandidates(KeptProposals.Proposed expected, KeptProposals.Proposed actual) {
        assertArrayEquals(expected.proposals(), actual.proposals());
        if (expected.signatures() != null) {
            assertArrayEquals(expected.signatures(), actual.signatures());
        }
    }
}

package io.github.briefing.match;

import io.github.briefing.memory.LastBuild;

/**
 * One view's candidates from the last build of this process, per article: its proposals by rare features
 * ({@link CandidateIndex}) and, for the words, its near-duplicate signature ({@link NearDuplicates}), with the vectors
 * and the groups of copies they were found from. An edit loop then proposes again only for the articles its edit can
 * change ({@link CandidateIndex#unsettled}) and signs again only the articles whose words' numbers moved: finding every
 * article's candidates was a fifth of a rebuild's match stage. Held softly, and only while the candidates with their
 * vectors take a small share of the heap: the vectors are those {@link KeptVectors} keeps, but a rebuild holds the last
 * ones beside its own until its candidates are found.
 */
final class KeptProposals {

    /**
     * The share of the heap a view's candidates may keep, with the vectors they were found from: at 10,000 bench
     * articles 11 MB for the anchors and 29 MB for the words; at 100,000 neither is kept.
     */
    private static final int HEAP_SHARE = 32;
    private final LastBuild<Proposed> last = new LastBuild<>(HEAP_SHARE);

    /**
     * A view's candidates, per article.
     *
     * @param vectors    the view's vectors they were found from
     * @param copies     the groups of copies they were found with
     * @param held       how many of those groups hold each feature ({@link Copies#groupsHolding})
     * @param proposals  each article's proposals, {@code i * n + j}
     * @param signatures each article's near-duplicate signature (null for one without features); null when not asked
     */
    record Proposed(FeatureVectors vectors, Copies copies, int[] held, long[][] proposals, long[][] signatures) {

        /**
         * The view's candidates, found afresh for the articles whose own may differ from {@code before}'s (null:
         * all of them).
         */
        static Proposed of(FeatureVectors view, Copies copies, long[][] signatures, Proposed before) {
            int[] held = copies.groupsHolding(view);
            long[][] proposals = before == null ? CandidateIndex.proposals(view, held, null, copies, null, null)
                    : CandidateIndex.proposals(view, held, null, copies, CandidateIndex.unsettled(view, held, copies,
                    before.vectors(), before.held(), before.copies()), before.proposals());
            return new Proposed(view, copies, held, proposals, signatures);
        }

        /** About how many bytes of the heap the candidates hold, with their vectors. */
        long bytes() {
            int numbers = CandidateIndex.PER_ARTICLE + (signatures == null ? 0 : NearDuplicates.SIGNATURE);
            long perArticle = 2 * 16 + (long) numbers * Long.BYTES + 2 * Integer.BYTES;
            return vectors.heldBytes() + proposals.length * perArticle + (long) held.length * Integer.BYTES;
        }
    }

    /**
     * The near-duplicate signatures of the view, from the last build's where the articles' words are numbered as
     * then.
     */
    long[][] sign(FeatureVectors view) {
        Proposed before = comparable(view, true);
        return NearDuplicates.signatures(view, before == null ? null : before.vectors(),
                before == null ? null : before.signatures());
    }

    /**
     * The view's candidates, from the last build's where they cannot have changed; kept for the next build.
     *
     * @param signatures the view's near-duplicate signatures ({@link #sign}), or null when it is not signed
     */
    Proposed propose(FeatureVectors view, Copies copies, long[][] signatures) {
        Proposed now = Proposed.of(view, copies, signatures, comparable(view, signatures != null));
        last.keep(now, now.bytes());
        return now;
    }

    /** The last build's candidates if they were of as many articles and signed alike; else null. */
    private Proposed comparable(FeatureVectors view, boolean signed) {
        Proposed before = last.get();
        return before != null && before.vectors().size() == view.size() && (before.signatures() != null) == signed
                ? before : null;
    }
}

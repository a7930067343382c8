package io.github.briefing.match;

import io.github.briefing.memory.LastBuild;

/**
 * One view's candidates from the last build of this process, per article: its proposals by rare features
 * ({@link CandidateIndex}) and, for the words, its near-duplicate signature ({@link NearDuplicates}), with the vectors
 * they were found from. An edit loop then proposes again only for the articles its edit can change
 * ({@link CandidateIndex#unsettled}) and signs again only the articles whose words' numbers moved: finding every
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
     * @param proposals  each article's proposals, {@code i * n + j}
     * @param signatures each article's near-duplicate signature (null for one without features); null when not asked
     */
    record Proposed(FeatureVectors vectors, long[][] proposals, long[][] signatures) {

        /**
         * The view's candidates, found afresh for the articles whose own may differ from {@code before}'s (null:
         * all of them).
         */
        static Proposed of(FeatureVectors view, boolean signed, Proposed before) {
            FeatureVectors was = before == null ? null : before.vectors();
            long[][] proposals = CandidateIndex.proposals(view, null, CandidateIndex.unsettled(view, was),
                    before == null ? null : before.proposals());
            long[][] signatures = !signed ? null
                    : NearDuplicates.signatures(view, was, before == null ? null : before.signatures());
            return new Proposed(view, proposals, signatures);
        }

        /** About how many bytes of the heap the candidates hold, with their vectors. */
        long bytes() {
            int numbers = CandidateIndex.PER_ARTICLE + (signatures == null ? 0 : NearDuplicates.SIGNATURE);
            long perArticle = 2 * 16 + (long) numbers * Long.BYTES;
            return vectors.heldBytes() + proposals.length * perArticle;
        }
    }

    /** The view's candidates, from the last build's where they cannot have changed; kept for the next build. */
    Proposed propose(FeatureVectors view, boolean signed) {
        Proposed before = last.get();
        boolean comparable = before != null && before.vectors().size() == view.size()
                && (before.signatures() != null) == signed;
        Proposed now = Proposed.of(view, signed, comparable ? before : null);
        last.keep(now, now.bytes());
        return now;
    }
}

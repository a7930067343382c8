package io.github.briefing.match;

import io.github.briefing.memory.LastBuild;

/**
 * One view's vectors from the last build of this process, so that an edit loop weighs again only the articles whose
 * vectors changed: an article listed with the same weights array as then ({@link FeatureVectors.Numbered#given},
 * which the kept numberings hand on for an unchanged article whose features kept their order) and whose features
 * kept their rarities takes its norms, the places of its weights and its print from them. Weighing, norming and
 * printing every article of every view was a fifth of a rebuild's match stage. Held softly, and only while it costs
 * a small share of the heap.
 */
final class KeptVectors {

    /** The share of the heap one view's vectors may keep (with the numbering they were made from), as a numbering. */
    private static final int HEAP_SHARE = 16;
    private final LastBuild<FeatureVectors> last;

    KeptVectors() {
        this(HEAP_SHARE);
    }

    /**
     * @param heapShare the share of the heap the vectors may keep: no more than their numbering may, as vectors kept
     *                  without it are of no use
     */
    KeptVectors(int heapShare) {
        last = new LastBuild<>(heapShare);
    }

    /** The last build's vectors, when there are as many as {@code n}; else null. */
    FeatureVectors last(int n) {
        FeatureVectors before = last.get();
        return before != null && before.size() == n ? before : null;
    }

    /** Keeps {@code vectors} for the next build, unless they are too large to keep. */
    void keep(FeatureVectors vectors) {
        last.keep(vectors, vectors.heldBytes());
    }
}

package io.github.briefing.render;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lists of name keys joined into names as pages show them ({@link SearchIndex#names}), kept from the last build of
 * this process: a join is a function of the list, the pairs of names the articles write ({@link NameChains}) and their
 * spellings, and an edit seldom changes those two, while every build joined every match's names again (11,600 lists
 * at 10,000 articles) and every story's. Held softly, and dropped when it grew past a bound.
 */
final class JoinedNames {

    /** The joined lists of the last build of this process that kept them. */
    static final JoinedNames LAST = new JoinedNames();
    /** Beyond this many lists (builds of other corpora, edits that changed many), the memo starts again. */
    private static final int KEPT = 1 << 18;
    private volatile SoftReference<Memo> last = new SoftReference<>(null);

    private record Memo(NameChains chains, Map<String, String> spellings, Map<List<String>, List<String>> joined) {
    }

    /**
     * The memo of lists joined with these chains and spellings (each key's, as {@link SearchIndex#surface} gives
     * them): the last build's when both are equal to its own, else an empty one; when {@code keep}, kept for the
     * next build, with them.
     */
    Map<List<String>, List<String>> memo(NameChains chains, Map<String, String> spellings, boolean keep) {
        if (!keep) {
            return new ConcurrentHashMap<>();
        }
        Memo before = last.get();
        Map<List<String>, List<String>> joined = before != null && before.joined().size() < KEPT
                && before.chains().sameAs(chains) && before.spellings().equals(spellings)
                ? before.joined() : new ConcurrentHashMap<>();
        last = new SoftReference<>(new Memo(chains, spellings, joined));
        return joined;
    }
}

package io.github.briefing.match;

/**
 * Two articles that tell the same story or a related one, with a similarity in [0, 1] and the evidence.
 * {@code a} sorts before {@code b}.
 */
public record Match(String a, String b, double score, Relation relation, boolean crossLingual, Evidence evidence) {

    public String other(String id) {
        return a.equals(id) ? b : a;
    }

    public boolean involves(String id) {
        return a.equals(id) || b.equals(id);
    }

    /** The same pair, judged the same event but another development. */
    public Match asRelated() {
        return new Match(a, b, score, Relation.RELATED, crossLingual, evidence);
    }
}

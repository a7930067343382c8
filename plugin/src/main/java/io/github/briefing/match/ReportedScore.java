package io.github.briefing.match;

/**
 * The scale a match's score is reported on. A pair that is not reported counts as 0 wherever scores are read
 * (a reader's list, a scorer's correlation), but any two articles of one language share common words and often an
 * outlet's boilerplate, which gives them a grade near {@link #CHANCE_GRADE}. So the scale spends almost nothing
 * below that grade and spreads the rest over what is left: a pair at the chance grade reads as barely alike, not
 * as a quarter alike. The order of pairs stays as the grade has it (best partners are read off the score).
 */
public final class ReportedScore {

    /**
     * The grade of articles alike by chance. Of semeval's graded pairs, those under it are rated unrelated; with the
     * scale starting here their scores correlate best with the graders' (0.25 fitted on either half of the pairs).
     */
    static final double CHANCE_GRADE = 0.25;
    /** What the grades under {@link #CHANCE_GRADE} share of the scale: enough to keep them in order. */
    static final double BELOW_CHANCE = 0.05;

    private ReportedScore() {
    }

    /** The score reported for a pair of this grade: increasing, 0 at 0 and 1 at 1. */
    public static double of(double grade) {
        return grade < CHANCE_GRADE ? BELOW_CHANCE * grade / CHANCE_GRADE
                : BELOW_CHANCE + (1 - BELOW_CHANCE) * (grade - CHANCE_GRADE) / (1 - CHANCE_GRADE);
    }
}

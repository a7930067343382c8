package io.github.briefing.match;

import io.github.briefing.analyse.AnalysedArticle;
import io.github.briefing.analyse.LeadFigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Turns scored pairs into matches: the relation of each pair, and the evidence for it. Two articles in one
 * language tell the same story when their grade is high, unless their headlines count one quantity differently
 * (another development of the event); across languages, when they share
 * most anchors, or when each is the other's closest article in that language and they share enough rare anchors
 * and are of like size, or their leads agree too: a story has at most one telling per outlet
 * and language that is closest to it, unless their partners in a third language say they tell two stories. A
 * translation (or wire copy) also keeps the order of the anchors.
 */
final class RelationJudge {

    /**
     * The grade that makes two articles in one language one story. The grade (counted words, the leads, the
     * openings' spelling) tells same story from same topic better than the similarity (semeval same-story F1 0.775
     * against 0.724 with similarity >= 0.6). Fitted on the odd half of the graded pairs (even half: 0.759); any
     * grade from 0.44 to 0.48 scores within 0.01 of the best on the whole.
     */
    static final double SAME_STORY = 0.47;
    /** Across languages, words shared are mostly names and loanwords: anchors alone decide, and this many suffice. */
    static final double SHARED_ANCHORS = 0.5;
    /** The anchor cosine a mutual closest pair across languages needs: above what same-topic articles share. */
    static final double CROSS_LINGUAL_ANCHORS = 0.15;
    /**
     * Across scripts, anchors are fewer (names in kanji do not transliterate), and words shared are loanwords: the
     * similarity of both views that a mutual closest pair needs.
     */
    static final double CROSS_SCRIPT_SIMILARITY = 0.45;
    /**
     * The grade that makes a mutual closest pair across languages one story whatever their sizes: their leads
     * agree as well as their bodies (a short report and a long one of the same event). Read on the grade of words,
     * anchors and leads ({@link PairScore#wordsGrade}): openings spelled alike (names, cognates) also join two
     * stories about one person or place (wmt21 F1 0.9662 -> 0.9644 on the full grade).
     */
    static final double CROSS_LINGUAL_GRADE = 0.45;
    /** Size agreement (numbers, paragraphs) a mutual pair needs; a translation keeps nearly all of both. */
    static final double SAME_STORY_BALANCE = 0.4;
    static final double TRANSLATION_BALANCE = 0.6;
    /** Share of shared anchors in the same order for a translation. */
    static final double TRANSLATION_ORDER = 0.8;
    /** Word cosine of two copies of one text in one language (a wire story run by two outlets). */
    static final double COPY_TERMS = 0.5;

    private final List<AnalysedArticle> articles;
    private final FeatureVectors anchors;
    private final Character.UnicodeScript[] scripts;
    /** Each article's language as an index, so that "closest in a language" is an array slot. */
    private final int[] language;
    private final int languageCount;
    /**
     * Each anchor's value without its kind ("guaid" for "n:guaid"), made the first time evidence names it, so that
     * the evidence of a million matches shares one string per anchor rather than holding a copy per match. Threads
     * may race to fill a slot: they write equal strings, and a string is safe to share however it was published.
     */
    private final String[] values;
    /** Each anchor's place in a match's evidence ({@link #EVIDENCE_KINDS}), or -1 when evidence does not show it. */
    private final byte[] kinds;
    /** Whether evidence shows each anchor. */
    private final boolean[] shown;
    /** Each article's language code, read for every pair. */
    private final String[] langs;

    /**
     * Each distinct evidence once, by the shared anchors it lists: copies of one wire story share the same anchors
     * with the same articles, and the matches are held from here to the last page written (at 100,000 bench
     * articles a million matches, most of them between copies, each of whose five lists would otherwise be its own).
     */
    private final Map<SharedAnchors, Evidence> evidences = new ConcurrentHashMap<>();
    /** The last build's pairs, or null ({@link KeptPairs}). */
    private final KeptPairs.Last before;

    RelationJudge(List<AnalysedArticle> articles, FeatureVectors anchors, Character.UnicodeScript[] scripts) {
        this(articles, anchors, scripts, null);
    }

    /** @param before the last build's pairs, to take the evidence of pairs whose anchors are unchanged from; or null */
    RelationJudge(List<AnalysedArticle> articles, FeatureVectors anchors, Character.UnicodeScript[] scripts,
                  KeptPairs.Last before) {
        this.before = before;
        this.articles = articles;
        this.anchors = anchors;
        this.scripts = scripts;
        language = Shapes.languages(articles);
        languageCount = java.util.Arrays.stream(language).max().orElse(0) + 1;
        values = new String[anchors.names.size()];
        kinds = new byte[values.length];
        shown = new boolean[values.length];
        for (int f = 0; f < kinds.length; f++) {
            kinds[f] = (byte) EVIDENCE_KINDS.indexOf(anchors.names.get(f).charAt(0));
            shown[f] = kinds[f] >= 0;
        }
        langs = articles.stream().map(a -> a.article().lang()).toArray(String[]::new);
    }

    /**
     * The kinds of anchor evidence shows, in the order of its lists (numbers written in words after those in
     * digits): consonant skeletons and nouns are a loose match, no evidence to show.
     */
    private static final String EVIDENCE_KINDS = "np#sda";

    List<Match> judge(List<PairScore> scores) {
        PairScore[] closest = closestByLanguage(scores);
        List<Relation> relations = scores.parallelStream().map(s -> relation(s, closest)).toList();
        List<PairScore> sameStory = new ArrayList<>();
        for (int k = 0; k < scores.size(); k++) {
            if (relations.get(k).sameStory() && crossLingual(scores.get(k))) {
                sameStory.add(scores.get(k));
            }
        }
        PairScore[] partners = closestByLanguage(sameStory);
        ChanceGrades chance = new ChanceGrades(scores, this::lang);
        return IntStream.range(0, scores.size()).parallel().mapToObj(k -> {
            PairScore s = scores.get(k);
            boolean weak = relations.get(k).sameStory() && crossLingual(s) && s.anchors() < SHARED_ANCHORS;
            return match(s, weak && pivotDisagrees(s, partners) ? Relation.RELATED
                    : relations.get(k), crossLingual(s), chance.calibrated(s));
        }).toList();
    }

    private Relation relation(PairScore s, PairScore[] closest) {
        boolean crossLingual = crossLingual(s);
        boolean mutual = closest[slot(s.i(), s.j())] == s && closest[slot(s.j(), s.i())] == s;
        boolean sameStory = crossLingual
                ? s.anchors() >= SHARED_ANCHORS || mutual && ((shareEnough(s) || s.parallel() >= PairScore.PARALLEL)
                        && s.balance() >= SAME_STORY_BALANCE || s.wordsGrade() >= CROSS_LINGUAL_GRADE)
                : s.grade() >= SAME_STORY && !otherDevelopment(s);
        boolean copy = crossLingual ? mutual : s.terms() >= COPY_TERMS;
        boolean translation = sameStory && copy && s.order() >= TRANSLATION_ORDER
                && s.balance() >= TRANSLATION_BALANCE;
        return translation ? Relation.TRANSLATION : sameStory ? Relation.SAME_STORY : Relation.RELATED;
    }

    /**
     * Whether the two headlines lead with different figures and neither article reports the other's: two counts
     * of one quantity, such as a toll or a tally reported day by day, are two developments of one event however
     * alike the rest of their words.
     */
    private boolean otherDevelopment(PairScore s) {
        LeadFigure x = articles.get(s.i()).headlineFigure();
        LeadFigure y = articles.get(s.j()).headlineFigure();
        return x != null && y != null && !x.value().equals(y.value())
                && !articles.get(s.j()).anchors().numbers().contains(x.value())
                && !articles.get(s.i()).anchors().numbers().contains(y.value());
    }

    /** Whether a mutual closest pair across languages shares enough to be one story. */
    private boolean shareEnough(PairScore s) {
        return scripts[s.i()] == scripts[s.j()] ? s.anchors() >= CROSS_LINGUAL_ANCHORS
                : s.similarity() >= CROSS_SCRIPT_SIMILARITY;
    }

    /**
     * Whether the two articles' closest same-story partners in a third language differ: one story is told once
     * per language and outlet, so two articles that each match another article of that language tell two stories
     * (a Japanese and a Russian article, each a translation of its own English original).
     */
    private boolean pivotDisagrees(PairScore s, PairScore[] partners) {
        for (int third = 0; third < languageCount; third++) {
            if (third == language[s.i()] || third == language[s.j()]) {
                continue;
            }
            PairScore x = partners[s.i() * languageCount + third];
            PairScore y = partners[s.j() * languageCount + third];
            if (x != null && y != null && partner(x, s.i()) != partner(y, s.j())) {
                return true;
            }
        }
        return false;
    }

    private static int partner(PairScore s, int article) {
        return s.i() == article ? s.j() : s.i();
    }

    private boolean crossLingual(PairScore s) {
        return !Objects.equals(lang(s.i()), lang(s.j()));
    }

    /** For each article and language, its most similar article in that language, at {@link #slot}. */
    private PairScore[] closestByLanguage(List<PairScore> scores) {
        PairScore[] closest = new PairScore[articles.size() * languageCount];
        for (PairScore s : scores) {
            for (int slot : new int[] {slot(s.i(), s.j()), slot(s.j(), s.i())}) {
                if (closest[slot] == null || s.similarity() > closest[slot].similarity()) {
                    closest[slot] = s;
                }
            }
        }
        return closest;
    }

    /** Where article i's closest article in the language of article j is kept. */
    private int slot(int i, int j) {
        return i * languageCount + language[j];
    }

    private String lang(int i) {
        return langs[i];
    }

    /** @param grade the pair's grade on the one-language scale ({@link ChanceGrades}) */
    private Match match(PairScore s, Relation relation, boolean crossLingual, double grade) {
        AnalysedArticle x = articles.get(s.i());
        AnalysedArticle y = articles.get(s.j());
        AnalysedArticle first = x.id().compareTo(y.id()) <= 0 ? x : y;
        AnalysedArticle second = first == x ? y : x;
        double rounded = Math.round(ReportedScore.of(grade) * 10000) / 10000.0;
        return new Match(first.id(), second.id(), rounded, relation, crossLingual && lang(s.i()) != null
                && lang(s.j()) != null, evidence(s.i(), s.j()));
    }

    /**
     * The evidence of a pair: the last build's when both articles' anchor vectors are as they were then (the same
     * anchors, weighed alike, so shared in the same order), else from the anchors they share.
     */
    private Evidence evidence(int i, int j) {
        if (before != null && anchors.unchangedSince(before.views().anchors(), i)
                && anchors.unchangedSince(before.views().anchors(), j)) {
            Evidence known = before.evidence(i, j);
            if (known != null) {
                return known;
            }
        }
        return evidences.computeIfAbsent(new SharedAnchors(anchors.sharedFeatures(i, j, shown)),
                k -> evidence(k.features()));
    }

    private String value(int anchor) {
        String value = values[anchor];
        if (value == null) {
            value = anchors.names.get(anchor).substring(2);
            values[anchor] = value;
        }
        return value;
    }

    /** The shared anchors by kind, each kind heaviest first; numbers written in words are numbers to the reader. */
    private Evidence evidence(int[] shared) {
        // Counted first, so that each kind's list is made once at its size and not copied again by Evidence.
        int[] from = new int[EVIDENCE_KINDS.length() + 1];
        for (int f : shared) {
            from[kinds[f] + 1]++;
        }
        for (int kind = 0; kind < EVIDENCE_KINDS.length(); kind++) {
            from[kind + 1] += from[kind];
        }
        String[] values = new String[shared.length];
        for (int f : shared) {
            values[from[kinds[f]]++] = value(f);
        }
        // from[kind] is now where the next kind starts: names, places, numbers and spelled, dates, acronyms.
        return new Evidence(slice(values, 0, from[0]), slice(values, from[0], from[1]),
                slice(values, from[1], from[3]), slice(values, from[3], from[4]), slice(values, from[4], from[5]));
    }

    /** The anchors two articles share, as a key: by their numbers, not by the array. */
    private record SharedAnchors(int[] features) {

        @Override
        public boolean equals(Object o) {
            return o instanceof SharedAnchors other && Arrays.equals(features, other.features);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(features);
        }
    }

    private static List<String> slice(String[] values, int from, int to) {
        return from == to ? List.of() : List.of(Arrays.copyOfRange(values, from, to));
    }
}

package io.github.briefing.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MeyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two copies of one text (an article and a wire copy of it) read as one: the text both carry, and what only one of
 * them carries marked in place. Paragraphs are compared whole first, so that the paragraphs both carry cost a
 * comparison each; only a changed paragraph is compared word by word with its counterpart. Both passes are Myers'
 * diff (java-diff-utils, in its linear-space form), which takes time (n + m) * d for d differences: about the
 * texts' length for two copies of one text.
 */
final class CopyDiff {

    /**
     * The share of both texts together that both must carry, word for word, to be read as one text (twice the shared
     * text over both lengths, Dice's measure): a paragraph added to a four-paragraph article keeps it one text, an
     * article cut to half its length does not.
     */
    static final double NEARLY_ALL = 0.8;
    /**
     * Changed paragraphs are compared word by word up to this many pieces (words, spaces, punctuation) on both sides
     * together: Myers' worst case, two paragraphs with nothing in common, is quadratic in them. Longer ones are
     * marked whole.
     */
    static final int PIECES_COMPARED = 8_000;
    /** Two changed paragraphs sharing less than this share of the longer one are marked whole: words read better. */
    private static final double PAIRED = 0.5;

    private final List<List<TextRun>> paragraphs = new ArrayList<>();
    private final long both;
    private long shared;

    private CopyDiff(List<Part> parts, long both) {
        this.both = both;
        for (Part part : parts) {
            if (part.shared()) {
                part.a().forEach(p -> {
                    paragraphs.add(List.of(new TextRun(p, null)));
                    shared += p.length();
                });
            } else if (part.a().size() == part.b().size()) {
                for (int i = 0; i < part.a().size(); i++) {
                    changed(part.a().get(i), part.b().get(i));
                }
            } else {
                whole(part.a(), part.b());
            }
        }
    }

    /**
     * A stretch of both lists: items both carry ({@code shared}, then {@code a} and {@code b} are equal), or a change:
     * what the first carries there and what the second carries instead (either may be empty).
     */
    private record Part(List<String> a, List<String> b, boolean shared) {
    }

    /** The two texts, paragraph by paragraph, compared. */
    static CopyDiff of(List<String> a, List<String> b) {
        return new CopyDiff(parts(a, b), length(a) + length(b));
    }

    /**
     * True when both texts carry nearly all of their text, word for word. The paragraphs both carry in any order
     * (a hash each) show it for copies that differ in a few paragraphs. Where they leave too much text to be compared
     * word by word, the words both carry in any order must first show that the texts could be one: Myers' diff of
     * two different texts of thousands of one-line paragraphs (lists, lyrics) took seconds.
     */
    static boolean sameText(List<String> a, List<String> b) {
        if (2 * inCommon(a, b) < NEARLY_ALL * (length(a) + length(b))) {
            List<String> x = words(a);
            List<String> y = words(b);
            if (2 * inCommon(x, y) < NEARLY_ALL * (length(x) + length(y))) {
                return false;
            }
        }
        return of(a, b).nearlyAll();
    }

    /** The text once, as paragraphs of runs: both texts' paragraphs in order, and each paragraph's words in order. */
    List<List<TextRun>> paragraphs() {
        return paragraphs;
    }

    /** True when both copies carry nearly all of their text, word for word. */
    boolean nearlyAll() {
        return 2 * shared >= NEARLY_ALL * both;
    }

    /** In how many places the copies differ: runs of words only one carries, however many paragraphs they span. */
    int places() {
        int places = 0;
        boolean inPlace = false;
        for (List<TextRun> paragraph : paragraphs) {
            for (TextRun run : paragraph) {
                if (run.only() != null && !inPlace) {
                    places++;
                }
                inPlace = run.only() != null;
            }
        }
        return places;
    }

    /** A paragraph of one copy where the other has another: one paragraph of both, unless they share too little. */
    private void changed(String a, String b) {
        List<String> x = pieces(a);
        List<String> y = pieces(b);
        if (x.size() + y.size() > PIECES_COMPARED) {
            whole(List.of(a), List.of(b));
            return;
        }
        List<TextRun> runs = runs(parts(x, y));
        long common = runs.stream().filter(r -> r.only() == null).mapToLong(r -> r.text().length()).sum();
        if (common < PAIRED * Math.max(a.length(), b.length())) {
            whole(List.of(a), List.of(b));
            return;
        }
        shared += common;
        paragraphs.add(runs);
    }

    /**
     * A paragraph's runs from the diff of its pieces. Spaces and punctuation both copies carry between two changes
     * join the change: "LIMA (Reuters)" against "PUNO, Peru (AP)" is one change, not three around a shared " (".
     */
    private static List<TextRun> runs(List<Part> parts) {
        List<TextRun> runs = new ArrayList<>();
        StringBuilder onlyA = new StringBuilder();
        StringBuilder onlyB = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String a = String.join("", part.a());
            boolean between = part.shared() && i + 1 < parts.size() && (!onlyA.isEmpty() || !onlyB.isEmpty())
                    && a.codePoints().noneMatch(Character::isLetterOrDigit);
            if (part.shared() && !between) {
                changes(runs, onlyA, onlyB);
                runs.add(new TextRun(a, null));
            } else {
                onlyA.append(a);
                onlyB.append(String.join("", part.b()));
            }
        }
        changes(runs, onlyA, onlyB);
        return runs;
    }

    /** The change gathered so far, as runs (the first copy's words first), and nothing gathered any more. */
    private static void changes(List<TextRun> runs, StringBuilder onlyA, StringBuilder onlyB) {
        if (onlyA.length() > 0) {
            runs.add(new TextRun(onlyA.toString(), "a"));
        }
        if (onlyB.length() > 0) {
            runs.add(new TextRun(onlyB.toString(), "b"));
        }
        onlyA.setLength(0);
        onlyB.setLength(0);
    }

    /** Paragraphs only one copy carries, or carries so changed that they are shown whole: the first copy's first. */
    private void whole(List<String> onlyA, List<String> onlyB) {
        onlyA.forEach(p -> paragraphs.add(List.of(new TextRun(p, "a"))));
        onlyB.forEach(p -> paragraphs.add(List.of(new TextRun(p, "b"))));
    }

    /**
     * Myers' diff of two lists as parts in order. The linear-space form reports a change as a deletion and an
     * insertion side by side: they are one change here.
     */
    private static List<Part> parts(List<String> a, List<String> b) {
        List<Part> parts = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, new MeyersDiffWithLinearSpace<>(), null, true).getDeltas()) {
            if (d.getType() == DeltaType.EQUAL) {
                change(parts, onlyA, onlyB);
                parts.add(new Part(d.getSource().getLines(), d.getTarget().getLines(), true));
            } else {
                onlyA.addAll(d.getSource().getLines());
                onlyB.addAll(d.getTarget().getLines());
            }
        }
        change(parts, onlyA, onlyB);
        return slid(parts);
    }

    /**
     * The parts with each insertion or deletion moved as late as it can go, as git's diff does: Myers' diff may put
     * an added credit line before a full stop both copies end with ("damage[. Reporting by AP]."), which reads
     * better after it ("damage.[ Reporting by AP.]"). An insertion followed by what it starts with can move by
     * that much: the shared part after it gives it up, the one before it takes it.
     */
    private static List<Part> slid(List<Part> parts) {
        List<Part> slid = new ArrayList<>(parts);
        for (int i = 0; i + 1 < slid.size(); i++) {
            Part change = slid.get(i);
            if (change.shared() || !change.a().isEmpty() && !change.b().isEmpty()) {
                continue;
            }
            List<String> moved = change.a().isEmpty() ? change.b() : change.a();
            List<String> after = slid.get(i + 1).a();
            // the change may move past the end, but not into the next change
            int most = i + 2 == slid.size() ? after.size() : after.size() - 1;
            int by = 0;
            while (by < most && moved.get(by % moved.size()).equals(after.get(by))) {
                by++;
            }
            if (by > 0) {
                List<String> rotated = new ArrayList<>(moved.subList(by % moved.size(), moved.size()));
                rotated.addAll(moved.subList(0, by % moved.size()));
                List<String> before = new ArrayList<>(i > 0 ? slid.get(i - 1).a() : List.of());
                before.addAll(after.subList(0, by));
                if (i > 0) {
                    slid.set(i - 1, new Part(before, before, true));
                } else {
                    slid.add(0, new Part(before, before, true));
                    i++;
                }
                slid.set(i, change.a().isEmpty() ? new Part(List.of(), rotated, false) : new Part(rotated, List.of(), false));
                List<String> rest = after.subList(by, after.size());
                if (rest.isEmpty()) {
                    slid.remove(i + 1);
                } else {
                    slid.set(i + 1, new Part(rest, rest, true));
                }
            }
        }
        return slid;
    }

    /** The change gathered so far as a part, if any, and nothing gathered any more. */
    private static void change(List<Part> parts, List<String> onlyA, List<String> onlyB) {
        if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
            parts.add(new Part(List.copyOf(onlyA), List.copyOf(onlyB), false));
            onlyA.clear();
            onlyB.clear();
        }
    }

    /**
     * A paragraph in pieces at ICU's word boundaries: words, and the spaces and punctuation between them, so that the
     * pieces joined are the paragraph and a change reads as whole words. Scripts written without spaces (Chinese,
     * Japanese, Thai) are split into words by dictionary.
     */
    static List<String> pieces(String paragraph) {
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.ROOT);
        boundaries.setText(paragraph);
        List<String> pieces = new ArrayList<>();
        for (int from = boundaries.first(), to = boundaries.next(); to != BreakIterator.DONE;
             from = to, to = boundaries.next()) {
            pieces.add(paragraph.substring(from, to));
        }
        return pieces;
    }

    /** The length of the texts two lists have in common, each as often as both hold it. */
    private static long inCommon(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        a.forEach(p -> counts.merge(p, 1, Integer::sum));
        long common = 0;
        for (String p : b) {
            Integer left = counts.get(p);
            if (left != null && left > 0) {
                counts.put(p, left - 1);
                common += p.length();
            }
        }
        return common;
    }

    /** The runs of letters and digits of a text, in order. */
    private static List<String> words(List<String> text) {
        List<String> words = new ArrayList<>();
        for (String p : text) {
            int start = -1;
            for (int i = 0; i <= p.length(); i++) {
                boolean inWord = i < p.length() && Character.isLetterOrDigit(p.charAt(i));
                if (inWord && start < 0) {
                    start = i;
                } else if (!inWord && start >= 0) {
                    words.add(p.substring(start, i));
                    start = -1;
                }
            }
        }
        return words;
    }

    private static long length(List<String> texts) {
        long length = 0;
        for (String text : texts) {
            length += text.length();
        }
        return length;
    }
}

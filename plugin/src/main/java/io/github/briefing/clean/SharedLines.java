package io.github.briefing.clean;

import io.github.briefing.read.RawArticle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lines that recur across articles. A line that many different articles carry word for word is the site's template
 * (menus, promos, footers), not anybody's reporting: boilerplate by definition. Copies of one text (a wire story run
 * by many outlets) count once: their shared lines are the story's headline, dateline and short paragraphs.
 */
public final class SharedLines {

    /** Long lines are reporting even when wire copies share them. */
    private static final int MAX_TEMPLATE_LINE = 160;
    private final Set<String> template;
    private final SharedSentences sentences;

    private SharedLines(Set<String> template, SharedSentences sentences) {
        this.template = template;
        this.sentences = sentences;
    }

    public static SharedLines of(List<RawArticle> articles) {
        Counter counter = new Counter();
        articles.forEach(article -> counter.add(article.text()));
        return counter.result();
    }

    /**
     * What one article brings to the counts: the keys of its lines that can be template ({@link LineKey}, each once)
     * and its sentences' hashes ({@link SharedSentences}). A function of the article's text alone, so that a cache
     * can keep it by the text.
     */
    public record Lines(Set<String> keys, long[] sentences) {

        public static Lines of(String text) {
            // The text's characters once, read line by line in place: no line is copied out unless the sentence
            // iterator must read it.
            char[] chars = text.toCharArray();
            char[] scratch = new char[chars.length];
            Set<String> keys = new HashSet<>();
            SharedSentences.Counter.Hashes hashes = new SharedSentences.Counter.Hashes();
            for (int from = 0, to; from < chars.length; from = to + 1) {
                to = from;
                while (to < chars.length && chars[to] != '\n') {
                    to++;
                }
                // A paragraph's key is not wanted whole: it is far longer than a template line.
                String key = LineKey.of(chars, from, to, MAX_TEMPLATE_LINE, scratch);
                if (key != null && !key.isEmpty()) {
                    keys.add(key);
                }
                hashes.addLine(chars, from, to, key, scratch);
            }
            return new Lines(keys, hashes.sorted());
        }
    }

    /**
     * An article as counted ({@link Counter#add}), with what taking it out again needs: its index among the counted
     * articles, its place in the carriers' order ({@link Carriers#order}) and the carriers of its lines, whose keys
     * are the counts' own rather than a copy per article.
     */
    public static final class Counted {

        private final int index;
        private final long order;
        private final Carriers[] carriers;

        private Counted(int index, long order, Carriers[] carriers) {
            this.index = index;
            this.order = order;
            this.carriers = carriers;
        }
    }

    /**
     * Counts lines article by article as the articles are read, so that no text has to be kept for it. Safe to feed
     * from several threads. An edit loop keeps a counter from build to build and takes out the articles that changed
     * ({@link #remove}) before it counts them as they are now: the result is the one counting every article afresh
     * gives, as it depends only on which articles are counted, never on their order.
     */
    public static final class Counter {

        /**
         * About how many bytes a line's count holds besides its sample: its entry in the map, its key (44 characters
         * on average in the bench's corpus) and its carriers.
         */
        private static final int LINE_BYTES = 200;
        /** About how many bytes an article's record and the arrays around its carriers and hashes hold. */
        private static final int ARTICLE_BYTES = 64;
        /**
         * About how many bytes each line an article carries holds: the reference to the line's carriers, and the
         * article's place in the line's sample (a long and an int, in arrays grown by doubling) when it has one.
         * With these figures the estimate is 26 MB for the 10,000 bench articles' counts and 110 MB for 100,000;
         * their heap, measured, 29 and 106 MB.
         */
        private static final int CARRIED_BYTES = 22;

        /** Articles per line key, counted from every reading thread at once, with a sample of them by content. */
        private final Map<String, Carriers> counts = new ConcurrentHashMap<>();
        private final SharedSentences.Counter sentences = new SharedSentences.Counter();
        /** Every counted article by its index, to count again the carriers a removal left short. */
        private final List<Counted> byIndex = new ArrayList<>();
        /** Carriers whose sample lost an article that only counting all of them again can replace. */
        private final Set<Carriers> shortened = new HashSet<>();
        /** The bytes the counted articles hold: their records, their carriers and their sentences' hashes. */
        private final AtomicLong held = new AtomicLong();

        public void add(String text) {
            add(Lines.of(text));
        }

        /**
         * Counts one article by what it brings ({@link Lines#of}), computed now or kept from a build before; returns
         * what takes it out again.
         */
        public Counted add(Lines article) {
            int index = sentences.add(article.sentences());
            long order = Carriers.order(article.sentences());
            Carriers[] carriers = new Carriers[article.keys().size()];
            int k = 0;
            for (String key : article.keys()) {
                // Most keys are counted already: a plain read spares computeIfAbsent's lock on their bin.
                Carriers known = counts.get(key);
                carriers[k] = known != null ? known : counts.computeIfAbsent(key, Carriers::new);
                carriers[k++].add(index, order);
            }
            Counted counted = new Counted(index, order, carriers);
            held.addAndGet(bytes(counted, article.sentences()));
            synchronized (byIndex) {
                while (byIndex.size() <= index) {
                    byIndex.add(null);
                }
                byIndex.set(index, counted);
            }
            return counted;
        }

        /**
         * Takes out an article counted before, as if it had never been counted. Not beside {@link #add} on another
         * thread: a line's count that falls to nothing leaves the counts.
         */
        public void remove(Counted article) {
            held.addAndGet(-bytes(article, sentences.article(article.index)));
            sentences.remove(article.index);
            synchronized (byIndex) {
                byIndex.set(article.index, null);
            }
            for (Carriers carriers : article.carriers) {
                if (carriers.remove(article.index)) {
                    shortened.add(carriers);
                }
                if (carriers.count() == 0) {
                    counts.remove(carriers.key);
                    shortened.remove(carriers);
                }
            }
        }

        /** The result, once every article is counted. */
        public SharedLines result() {
            fillShortened();
            // At least three texts, and a share that grows slowly with the corpus so wire phrases stay.
            int threshold = Math.max(3, (int) Math.ceil(Math.log(Math.max(2, sentences.articles())) * 1.5));
            // The lines of one text share their carriers: whether those are enough different texts is asked once.
            Map<Carriers.Sample, Boolean> different = new HashMap<>();
            Set<String> template = new HashSet<>();
            counts.forEach((key, carriers) -> {
                // Counts kept from build to build judge again only the lines whose carriers changed.
                Boolean known = carriers.template(threshold);
                boolean isTemplate = known != null ? known : carriers.count() >= threshold && different.computeIfAbsent(
                        carriers.sample(), sample -> sample.texts(sentences, threshold) >= threshold);
                if (known == null) {
                    carriers.judged(threshold, isTemplate);
                }
                if (isTemplate) {
                    template.add(key);
                }
            });
            return new SharedLines(template, sentences.result());
        }

        /** About how many bytes of the heap the counts hold: to keep them from build to build only while small. */
        public long bytes() {
            return counts.size() * (long) LINE_BYTES + held.get();
        }

        private static long bytes(Counted article, long[] sentences) {
            return ARTICLE_BYTES + (long) CARRIED_BYTES * article.carriers.length + 8L * sentences.length;
        }

        /** Counts again, from every counted article, the carriers whose sample lost one ({@link #remove}). */
        private void fillShortened() {
            if (shortened.isEmpty()) {
                return;
            }
            shortened.forEach(Carriers::clear);
            synchronized (byIndex) {
                for (Counted counted : byIndex) {
                    if (counted == null) {
                        continue;
                    }
                    for (Carriers carriers : counted.carriers) {
                        if (shortened.contains(carriers)) {
                            carriers.add(counted.index, counted.order);
                        }
                    }
                }
            }
            shortened.clear();
        }
    }

    /**
     * The lines counted as template, and the template sentences ({@link SharedSentences#hashes}): all that cleaning
     * takes from the corpus beyond an article's own text.
     */
    public Set<String> templateLines() {
        Set<String> lines = new HashSet<>(template);
        lines.addAll(sentences.hashes());
        return Set.copyOf(lines);
    }

    /** Sentences of the corpus's template inside an article's text ({@link SharedSentences}). */
    SharedSentences sentences() {
        return sentences;
    }

    /** Whether a line, known by its {@link LineKey}, is the corpus's template. */
    boolean isTemplateKey(String key) {
        return template.contains(key);
    }
}

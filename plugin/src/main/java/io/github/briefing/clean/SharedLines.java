package io.github.briefing.clean;

import io.github.briefing.read.RawArticle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
     * Counts lines article by article as the articles are read, so that no text has to be kept for it.
     * Safe to feed from several threads.
     */
    public static final class Counter {

        /** Articles per line key, counted from every reading thread at once, with a sample of them by content. */
        private final Map<String, Carriers> counts = new ConcurrentHashMap<>();
        private final SharedSentences.Counter sentences = new SharedSentences.Counter();

        public void add(String text) {
            add(Lines.of(text));
        }

        /** Counts one article by what it brings ({@link Lines#of}), computed now or kept from a build before. */
        public void add(Lines article) {
            int index = sentences.add(article.sentences());
            long order = Carriers.order(article.sentences());
            for (String key : article.keys()) {
                // Most keys are counted already: a plain read spares computeIfAbsent's lock on their bin.
                Carriers carriers = counts.get(key);
                (carriers != null ? carriers : counts.computeIfAbsent(key, k -> new Carriers())).add(index, order);
            }
        }

        /** The result, once every article is counted. */
        public SharedLines result() {
            // At least three texts, and a share that grows slowly with the corpus so wire phrases stay.
            int threshold = Math.max(3, (int) Math.ceil(Math.log(Math.max(2, sentences.articles())) * 1.5));
            // The lines of one text share their carriers: whether those are enough different texts is asked once.
            Map<Carriers.Sample, Boolean> different = new HashMap<>();
            Set<String> template = new HashSet<>();
            counts.forEach((key, carriers) -> {
                if (carriers.count() >= threshold && different.computeIfAbsent(carriers.sample(),
                        sample -> sample.texts(sentences, threshold) >= threshold)) {
                    template.add(key);
                }
            });
            return new SharedLines(template, sentences.result());
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

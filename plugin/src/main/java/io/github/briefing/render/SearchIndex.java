package io.github.briefing.render;

import com.ibm.icu.util.ULocale;
import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.NameKey;
import io.github.briefing.cache.Fingerprint;
import io.github.briefing.cache.KeyedLines;
import io.github.briefing.describe.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client-side search index, built in one pass over the articles: each word under its spelling-tolerant key
 * (so "Colombia" finds "Kolombia"), words of other scripts also as written, and each place under its country code
 * with the country's name in every language of the briefing. Written as a script that assigns a global, so that
 * the search page can load it with a script tag, which works from file:// where fetch() does not.
 *
 * <p>The same pass remembers how articles spelled each name key, so pages show "Guaidó" rather than "guaido".
 */
final class SearchIndex {

    private static final int BATCH = 2000;
    private static final Map<String, String> PLACE_NAMES = new ConcurrentHashMap<>();
    private final List<List<Object>> docs = new ArrayList<>();
    /** Where the kept lines keep the words they name by number. */
    private static final String NUMBERS = "term numbers";
    /** Each word's number: terms, name keys and spellings; terms are sorted by name only when written. */
    private final TermNumbers numbers;
    /** Every word numbered, by its number, once all are. */
    private final String[] byNumber;
    /** Each document's term numbers, by document number. */
    private final List<int[]> docTerms = new ArrayList<>();
    /** Each distinct word's numbers: a corpus repeats its words many times. */
    private final Map<String, WordNumbers> wordNumbers = new ConcurrentHashMap<>();
    /** Each word of a country's name to every country it names ("united": AE, GB, US). */
    private final Map<String, SortedSet<String>> placeNames = new TreeMap<>();
    private final Map<String, String> surfaces = new HashMap<>();
    /** While the articles are added: each name key's spelling, by their numbers, the spelling's plus one (0: none). */
    private int[] spellingOf = new int[0];
    /** The numbers the articles' terms, spellings and pairs name: those the next build needs. */
    private final BitSet named = new BitSet();
    private final NameChains names = new NameChains();
    /** Lists of name keys joined into names ({@link #names}), from the last build's when they join alike. */
    private final Map<List<String>, List<String>> shownNames;
    /** Whether builds come in series (with a cache): the terms' order is then kept for the next one. */
    private final boolean inSeries;

    SearchIndex(List<Article> articles, Map<String, Anchors> anchors, SiteIndex index, Words words) {
        this(articles, anchors, index, words, null, Map.of());
    }

    /**
     * @param known  each article's terms from the last build, by what they are read from; null reads every article
     * @param inputs articles, by identity, to a print of their input (equal prints, equal articles): such an
     *               article's terms are known by it, not by its text
     */
    SearchIndex(List<Article> articles, Map<String, Anchors> anchors, SiteIndex index, Words words,
                KeyedLines known, Map<Article, String> inputs) {
        inSeries = known != null;
        Set<String> languages = new TreeSet<>(List.of("en"));
        Set<String> places = new TreeSet<>();
        // The last build's lines name their terms by its numbers: without those, no line is taken from it.
        TermNumbers kept = known == null ? null : TermNumbers.saved(known.previous(NUMBERS));
        numbers = kept != null ? kept : new TermNumbers();
        Kept lines = known == null ? null : new Kept(known, kept != null ? kept.size() : 0);
        Map<String, Integer> firstCopies = firstCopies(articles, index);
        // Copies of a wire story carry one body (at 10,000 bench articles, 4,500 bodies): each is read once.
        CountedMemo<List<String>, ArticleTerms> bodies = new CountedMemo<>(
                articles.stream().map(Article::paragraphs).toList());
        // Articles are read into words on all cores, a batch at a time (not every word of the corpus at once), and
        // added in their order, so that the index and the spellings kept are the same whatever thread ran first.
        for (int from = 0; from < articles.size(); from += BATCH) {
            List<Article> batch = articles.subList(from, Math.min(articles.size(), from + BATCH));
            List<ArticleTerms> texts = AllCores.map(batch,
                    a -> termsOf(a, words, bodies, lines, inputs.isEmpty() ? null : inputs.get(a)));
            String[] written = numbers.terms();
            // The pairs of names go to their own structure, so they are taken in beside the rest, on another core.
            CompletableFuture<Void> pairs = CompletableFuture.runAsync(() -> texts.forEach(text -> {
                for (int i = 0; i < text.namePairs().length; i += 2) {
                    names.written(written[text.namePairs()[i]], written[text.namePairs()[i + 1]]);
                }
            }));
            spellingOf = Arrays.copyOf(spellingOf, written.length);
            for (int i = 0; i < batch.size(); i++) {
                add(batch.get(i), texts.get(i), written, anchors, index, firstCopies, languages, places);
            }
            pairs.join();
        }
        byNumber = numbers.terms();
        for (int key = 0; key < spellingOf.length; key++) {
            if (spellingOf[key] > 0) {
                surfaces.put(byNumber[key], byNumber[spellingOf[key] - 1]);
            }
        }
        if (lines != null) {
            lines.keep();
        }
        shownNames = JoinedNames.LAST.memo(names, surfaces, inSeries);
        for (String code : places) {
            for (String lang : languages) {
                String name = placeName(code, lang);
                if (!name.equals(code)) {
                    Words.of(name).forEach(w -> placeNames.computeIfAbsent(searchTerm(w.text()),
                            t -> new TreeSet<>()).add(code));
                }
            }
        }
    }

    /** An article's terms: from the last build when what they are read from is unchanged, else read now. */
    private ArticleTerms termsOf(Article a, Words words, CountedMemo<List<String>, ArticleTerms> bodies, Kept kept,
                                 String input) {
        if (kept == null) {
            return read(a, words, bodies);
        }
        String key = input != null ? new Fingerprint().add("terms of the article of input").add(input).hex()
                : textKey(a);
        String line = kept.previous(key);
        ArticleTerms terms = line == null ? null : kept.parsed.parse(key, line, kept.numbered);
        if (terms == null) {
            terms = read(a, words, bodies);
            line = terms.line();
        }
        kept.put(key, line);
        kept.parsed.keep(key, line, terms);
        return terms;
    }

    /**
     * The lines kept for the next build, and the numbers of the terms they name. A build numbers its new terms after
     * the last build's, so that the lines it takes from that build stay as they are; when the terms no article names
     * any more are most of them, the lines are numbered again.
     */
    private final class Kept {

        private final KeyedLines lines;
        /** How many terms the last build numbered, as {@link #numbers} number them first; 0 takes no line from it. */
        private final int numbered;
        private final Map<String, String> put = new ConcurrentHashMap<>();
        /** The lines' terms as parsed in the last build of this process, kept for the next. */
        private final ParsedTerms.Build parsed = ParsedTerms.LAST.new Build();

        Kept(KeyedLines lines, int numbered) {
            this.lines = lines;
            this.numbered = numbered;
        }

        String previous(String key) {
            return numbered > 0 ? lines.previous(key) : null;
        }

        void put(String key, String line) {
            lines.put(key, line);
            put.put(key, line);
        }

        /** Keeps the numbers of the words the lines name; called once every article is added. */
        void keep() {
            parsed.done();
            docTerms.forEach(terms -> Arrays.stream(terms).forEach(named::set));
            if (2 * named.cardinality() >= numbers.size()) {
                keep(numbers);
                return;
            }
            int[] renumbered = new int[numbers.size()];
            keep(numbers.only(named, renumbered));
            put.forEach((key, line) -> lines.put(key, ArticleTerms.parse(line, renumbered.length)
                    .renumbered(renumbered).line()));
        }

        private void keep(TermNumbers saved) {
            String numberLine = saved.line();
            if (numberLine != null) {
                lines.put(NUMBERS, numberLine);
                saved.keepAs(numberLine);
            }
        }
    }

    /** What an article's terms are read from, when its input is not known: its headline, outlet and text. */
    private static String textKey(Article a) {
        Fingerprint text = new Fingerprint().add(a.titleDerived() ? "" : a.title()).add(String.valueOf(a.outlet()));
        a.paragraphs().forEach(text::add);
        return text.hex();
    }

    /**
     * The words of an article that the index keeps: its headline (unless derived), text and outlet name. The text is
     * read once for all the articles that carry it, and joined with each one's headline and outlet.
     */
    private ArticleTerms read(Article a, Words words, CountedMemo<List<String>, ArticleTerms> bodies) {
        return ArticleTerms.joined(a.titleDerived() ? ArticleTerms.NONE : read(List.of(a.title()), words),
                bodies.get(a.paragraphs(), paragraphs -> read(paragraphs, words)),
                a.outlet() == null ? ArticleTerms.NONE : read(List.of(a.outlet()), words));
    }

    /**
     * The words of texts read one after the other: a word and the next one in another text are no pair. Each term
     * and name key comes first where the first distinct word that has it first comes, so the distinct words, in the
     * order they first come, give them; only the pairs are read occurrence by occurrence.
     */
    private ArticleTerms read(List<String> parts, Words words) {
        WordSequence text = new WordSequence(parts);
        int distinct = text.distinct();
        WordNumbers[] numbered = new WordNumbers[distinct];
        // Each term, name key and pair once, in the order they first came: numbers in arrays, not strings in sets.
        NumberSet seenTerms = new NumberSet(distinct);
        NumberSet seenKeys = new NumberSet(distinct);
        int[] terms = new int[distinct];
        int[] surfaces = new int[2 * distinct];
        int termCount = 0;
        int surfaceCount = 0;
        for (int d = 0; d < distinct; d++) {
            WordNumbers word = numbersOf(text.text(d), words);
            numbered[d] = word;
            if (word.term != WordNumbers.NONE && seenTerms.add(word.term)) {
                terms[termCount++] = word.term;
            }
            // Only a capitalised word's spelling is kept: the first one of each key.
            if (word.key != WordNumbers.NONE && seenKeys.add(word.key)) {
                surfaces[surfaceCount++] = word.key;
                surfaces[surfaceCount++] = word.spelling(text.text(d), numbers);
            }
        }
        // An acronym beside a name is a credit or an organisation ("AFP Peter ..."), not part of it.
        int[] nameKeys = new int[text.size()];
        int paired = 0;
        for (int at = 0; at < nameKeys.length; at++) {
            nameKeys[at] = numbered[text.word(at)].nameKey();
            if (at > 0 && nameKeys[at] != WordNumbers.NONE && nameKeys[at - 1] != WordNumbers.NONE && text.spaced(at)) {
                paired++;
            }
        }
        // sized for the pairs there are, not for every word: most words are not in one
        NumberSet seenPairs = new NumberSet(paired);
        int[] pairs = new int[2 * paired];
        int pairCount = 0;
        for (int at = 1; at < nameKeys.length; at++) {
            if (nameKeys[at] != WordNumbers.NONE && nameKeys[at - 1] != WordNumbers.NONE && text.spaced(at)
                    && seenPairs.add((long) nameKeys[at - 1] << 32 | nameKeys[at])) {
                pairs[pairCount++] = nameKeys[at - 1];
                pairs[pairCount++] = nameKeys[at];
            }
        }
        return new ArticleTerms(Arrays.copyOf(terms, termCount), Arrays.copyOf(surfaces, surfaceCount),
                Arrays.copyOf(pairs, pairCount));
    }

    /** The numbers of a word, worked out the first time any article has it. */
    private WordNumbers numbersOf(String text, Words words) {
        WordNumbers known = wordNumbers.get(text);
        return known != null ? known : wordNumbers.computeIfAbsent(text, t -> {
            String term = searchTerm(t);
            // Only a capitalised word's spelling is kept, so only its name key is needed (a transliteration each).
            String key = Character.isUpperCase(t.codePointAt(0)) ? words.key(t) : "";
            return new WordNumbers(term.isEmpty() ? WordNumbers.NONE : numbers.number(term),
                    key.isEmpty() ? WordNumbers.NONE : numbers.number(key), hasLowerCase(t));
        });
    }

    /**
     * A distinct word as the index reads it, by {@link #numbers}: its search term, its name key (a capitalised word's
     * only), and the word itself as a spelling, numbered when an article first spells a key with it (as before, so
     * that the words numbered are those the articles' terms name). Shared by the threads that read articles: a
     * spelling's number is the same whichever thread asks first.
     */
    private static final class WordNumbers {

        static final int NONE = -1;
        final int term;
        final int key;
        /** Whether a lower-case letter is in it: an acronym is no part of a name. */
        private final boolean lowerCase;
        private int spelling = NONE;

        WordNumbers(int term, int key, boolean lowerCase) {
            this.term = term;
            this.key = key;
            this.lowerCase = lowerCase;
        }

        /** The key of a name the word can be part of; {@link #NONE} when it is none. */
        int nameKey() {
            return lowerCase ? key : NONE;
        }

        int spelling(String text, TermNumbers numbers) {
            if (spelling == NONE) {
                spelling = numbers.number(text);
            }
            return spelling;
        }
    }

    /** Whether any letter of the word is lower case (a loop: a stream per word of every body cost more). */
    private static boolean hasLowerCase(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isLowerCase(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * Of each article that carries a text others carry too (a wire story run by several outlets), the document of
     * its group's first article, by the article's id: the result list shows a text once ({@link CopyGroups}).
     */
    private static Map<String, Integer> firstCopies(List<Article> articles, SiteIndex index) {
        Map<String, Integer> numbers = new HashMap<>();
        for (int doc = 0; doc < articles.size(); doc++) {
            numbers.put(articles.get(doc).id(), doc);
        }
        Map<String, Integer> first = new HashMap<>();
        for (CopyGroups.Group group : index.copies.all()) {
            Integer firstDoc = numbers.get(group.articles().get(0));
            group.articles().forEach(id -> first.put(id, firstDoc));
        }
        return first;
    }

    /**
     * Adds the article as the next document, under its terms and those of its places ("@PE"); a copy's document
     * names its group's first document ({@link #firstCopies}).
     */
    private void add(Article a, ArticleTerms text, String[] written, Map<String, Anchors> anchors, SiteIndex index,
                     Map<String, Integer> firstCopies, Set<String> languages, Set<String> places) {
        ArticleRef ref = index.ref(a.id());
        Integer firstCopy = firstCopies.get(a.id());
        Object[] doc = {ref.url(), ref.title(), ref.lang(), ref.date(), ref.dateInferred(), ref.outlet(), firstCopy};
        docs.add(Arrays.asList(firstCopy == null ? Arrays.copyOf(doc, doc.length - 1) : doc));
        int[] surfaceNumbers = text.surfaces();
        for (int i = 0; i < surfaceNumbers.length; i += 2) {
            int key = surfaceNumbers[i];
            int spelling = surfaceNumbers[i + 1];
            int first = spellingOf[key] - 1;
            if (first < 0 || first != spelling && fuller(written[spelling], written[first])) {
                spellingOf[key] = spelling + 1;
            }
            named.set(key);
            named.set(spelling);
        }
        Arrays.stream(text.namePairs()).forEach(named::set);
        if (a.lang() != null) {
            languages.add(a.lang());
        }
        Anchors an = anchors.get(a.id());
        if (an == null || an.places().isEmpty()) {
            docTerms.add(text.terms());
            return;
        }
        int[] all = Arrays.copyOf(text.terms(), text.terms().length + an.places().size());
        int i = text.terms().length;
        for (String code : an.places()) {
            all[i++] = numbers.number("@" + code);
        }
        docTerms.add(all);
        places.addAll(an.places());
    }

    /**
     * What the page looks a word up by: its key where the browser can compute it (briefing.js repeats the rule),
     * else the word as folded (other scripts, numbers).
     */
    private static String searchTerm(String word) {
        String folded = Words.folded(word);
        if (!Words.ascii(folded)) {
            return folded;
        }
        // A folded word needs no transliteration, so keying it costs less than a look-up in a memo of keys.
        String key = NameKey.ofPlain(Words.withoutPossessive(folded));
        return key.isEmpty() ? folded : key;
    }

    /**
     * Whether a later spelling of a name has the accents the first lacks ("Guaidó" over "Guaido", whichever article
     * came first): an article that drops them loses what the name is; other spellings keep the first. A plain ASCII
     * spelling has no accents to give, and is most spellings, so it is let go before the folding.
     */
    private static boolean fuller(String other, String first) {
        return !first.equals(other) && !Words.ascii(other) && Words.folded(first).equals(Words.folded(other))
                && marked(other) > marked(first);
    }

    private static long marked(String spelling) {
        return Normalizer.normalize(spelling, Normalizer.Form.NFD).chars()
                .filter(c -> Character.getType(c) == Character.NON_SPACING_MARK).count();
    }

    /** How the articles spelled a name key; the key itself when no article capitalised it. */
    String surface(String key) {
        return surfaces.getOrDefault(key, key);
    }

    /**
     * Name keys, strongest first, as a reader knows the names: keys the articles write one after the other joined
     * ("Juan Guaidó" rather than "Guaidó, Juan"), each as the articles spelled it. Joined once per distinct list:
     * copies of one wire story match the same articles with the same evidence (at 10,000 articles, 11,600 lists of
     * names for 135,000 matches), and each match's names are shown on pages and printed for the page cache.
     */
    List<String> names(List<String> keys) {
        List<String> joined = shownNames.get(keys);
        return joined != null ? joined : shownNames.computeIfAbsent(keys,
                k -> Collections.unmodifiableList(names.join(k, this::surface)));
    }

    /**
     * The memo {@link #names} joins lists of name keys with: the same memo in two builds joins equal lists alike
     * ({@link JoinedNames}).
     */
    Map<List<String>, List<String>> joinedNames() {
        return shownNames;
    }

    /**
     * Each document as the result list shows it: URL, headline, language, date, whether inferred, outlet, and for an
     * article whose text others carry too, the number of its group's first document (whose page's name its copies'
     * page has: "articles/x.html", "copies/x.html").
     */
    List<List<Object>> docs() {
        return Collections.unmodifiableList(docs);
    }

    /** Each document's term numbers, by document number. */
    List<int[]> docTerms() {
        return Collections.unmodifiableList(docTerms);
    }

    /** Every word numbered, by its number: terms, name keys and spellings. */
    String[] terms() {
        return byNumber;
    }

    /** The numbers of {@link #terms()} in name order; kept for the next build when builds come in series. */
    int[] termOrder() {
        return TermOrder.LAST.of(byNumber, numbers::number, inSeries);
    }

    /** Whether builds come in series (with a cache), so that what a build writes is worth keeping for the next. */
    boolean inSeries() {
        return inSeries;
    }

    /** Each word of a country's name, in every language of the briefing, to the countries it names. */
    Map<String, SortedSet<String>> places() {
        return Collections.unmodifiableMap(placeNames);
    }

    /** A country's name in English, for evidence lists; looked up once per country, as every match lists some. */
    static String placeName(String code) {
        return placeName(code, "en");
    }

    /**
     * A country's name in a language, or its code where ICU has none. Kept for the process: every build names each
     * of its countries in each of its languages, one after another, and ICU's look-up is slow.
     */
    private static String placeName(String code, String lang) {
        return PLACE_NAMES.computeIfAbsent(code + " " + lang, k -> {
            String name = new ULocale("", code).getDisplayCountry(new ULocale(lang));
            return name.isBlank() ? code : name;
        });
    }
}

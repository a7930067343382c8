package io.github.briefing.clean;

import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single line looks like, independent of its language: how long, whether it ends like a sentence,
 * whether it is a breadcrumb, a call to action or a teaser heading. The cleaner decides from these.
 */
final class LineFeatures {

    /** What ends a sentence: a stop, or a closing quotation mark or bracket after one. */
    private static final String STOPS = ".!?\u3002\uFF01\uFF1F\u0964\u061F:;\"\u201D\u00BB)\u2026";
    /** A stop and the quotation mark that closes a quotation in German ("\u201E...\u201C") or with single marks. */
    private static final String STOPS_BEFORE_QUOTE = ".!?\u2026";
    private static final String QUOTES_AFTER_STOP = "\u201C\u00AB\u2019'";
    /** What a regular expression's "." does not match: a line's features are of one line. */
    private static final CharSet LINE_BREAKS = CharSet.of("\n\r\u0085\u2028\u2029");
    private static final CharSet CRUMB_SEPARATORS = CharSet.of("/|>\u203A\u00BB");
    /** How long a breadcrumb's first step may be. */
    private static final int FIRST_STEP = 40;
    private static final Pattern BREADCRUMB = Pattern.compile("^[^/|>\u203A\u00BB]{1," + FIRST_STEP
            + "}(\\s[/|>\u203A\u00BB]\\s[^/|>\u203A\u00BB]{1,120}){2,}$");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");
    /**
     * Headings that introduce links to other articles, in the languages of the corpora seen so far. Everything after
     * such a heading, late in a page, is teasers.
     */
    private static final Pattern TEASER_HEADING = Pattern.compile("(?iu)^(you may also like|you might also like|"
            + "related( articles| stories| news| posts)?|read (more|also|next)|more (from|stories|news)|see also|"
            + "check also|recommended( for you)?|most (read|popular|viewed)|trending( now)?|also read|"
            + "(latest|top) headlines|"
            + "baca juga|lihat juga|berita terkait|artikel terkait|"
            + "lesen sie auch|mehr zum thema|das könnte sie auch interessieren|weitere artikel|"
            + "à lire aussi|lire aussi|sur le même sujet|"
            + "leer más|le puede interesar|te puede interesar|noticias relacionadas|"
            + "leia também|veja também|"
            + "читайте также|по теме|смотрите также|"
            + "関連記事|相关新闻|相關新聞|أخبار ذات صلة|اقرأ أيضا|ilgili haberler|czytaj także|zobacz też)\\s*:?$");
    /** Calls to action that no article states as news. */
    private static final Pattern PROMPT = Pattern.compile("(?iu)^(connect with us|follow us( on .*)?|share( this)?( article| story)?( on .*)?|"
            + "subscribe( now| to .*)?|sign up( for .*)?|newsletter|advertisement|advertising|skip to (main )?content|"
            + "hi, what are you looking for\\?|search( for)?:?|menu|home|log ?in|sign in|register|print|email|comments?|"
            + "tweet|whatsapp|facebook|twitter|linkedin|telegram|pinterest|reddit|copy link|"
            + "all rights reserved.*|copyright .*|\u00A9.*|full article|upcoming events|written by|by|"
            + "click here.*|tap here.*|click to .*|lihat berita terbaru.*|bagikan|ikuti kami.*|"
            // Printing or saving the page: "Print this article", "PDF drucken", "Imprimer la page".
            + "(print|save|download)( (this|the))?( article| page| story| pdf)?|(pdf|artikel|seite) (drucken|herunterladen)|"
            + "drucken|imprimer( l'article| la page| cet article)?|imprimir|stampa|cetak|pdf)$");

    private static final CharSet ARROWS = CharSet.of(">\u00BB\u203A\u2192");
    private static final Pattern TRAILING_ARROWS = Pattern.compile("\\s*(>>|\u00BB|\u203A|\u2192)+$");
    private static final Pattern DATE_OR_TIME = Pattern.compile("\\d{1,2}:\\d{2}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4}");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\p{L}+\\s+)?\\d{4}-\\d{2}-\\d{2}(T[\\d:]+Z?)?\\s+");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d\\d(?!\\d)");
    /** A line with a year and at most this many words is a date or a dateline. */
    private static final int DATE_WORDS = 8;

    /** The languages' own word for "by" before an author's name. */
    private static final String BY = "(by|von|par|por|di|oleh|door|av|af|przez|автор|от)";
    /** "By Jane Doe", "Von Julia Müller": a byline label in the languages' own word for "by". */
    private static final Pattern BYLINE = Pattern.compile(
            "(?iu)^" + BY + "\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\S+){0,5}$");
    /** "By" alone on its line, the author's name on the next: a byline split in two. */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?iu)^" + BY + ":?$");

    /** What a credit is for, in the languages of the corpora seen so far. */
    private static final String CREDIT_WORDS = "photos?|fotos?|fotografie|photographs?|pictures?|pics?|images?|"
            + "bild(er)?|text|texte|credits?|crédits?|source|quelle|fuente|imagen|fonte|sumber|gambar|foto ?grafis|"
            + "illustrations?|grafik|фото|текст|источник|zdjęcie|źródło";
    /**
     * "Photo: Jane Roe / Agency", "Text & Fotos: Ann Lee": a credit label (photo, image, text, source, in the
     * languages' own words, one or two joined by "&", "and", "/") before a colon and a short name or source, not
     * mostly in small letters as a headline after a label ("Photos: How the river rose") is.
     */
    private static final String CREDIT_LABEL_WORDS = "(" + CREDIT_WORDS + ")"
            + "(\\s*(&|\\+|/|,|and|und|et|y|e|i|dan)\\s*(" + CREDIT_WORDS + "))*\\s*:";
    private static final Pattern CREDIT_LABEL = Pattern.compile("(?iu)^" + CREDIT_LABEL_WORDS
            + "\\s*(?<credited>\\S+(\\s+\\S+){0,9})$");
    /**
     * A publication stamp with the month written out: "Posted on April 29, 2022", "Veröffentlicht am 3. Mai 2021",
     * "12 mars 2020": a few label words, a day, a month's name and a year, perhaps a time after.
     */
    private static final Pattern WRITTEN_DATE = Pattern.compile("(?iu)^(\\p{L}+\\.?:?\\s+){0,3}"
            + "(\\d{1,2}\\.?\\s+(de\\s+)?\\p{L}{3,}\\.?,?\\s+(de\\s+)?|\\p{L}{3,}\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+)"
            + "(19|20)\\d\\d\\b[^\\p{L}]*$");

    /** A sentence closed by a source in brackets: "Crowds at the pier. (Photo: Jane Roe)"; a date there is a stamp. */
    private static final Pattern CREDITED_SENTENCE = Pattern.compile("[.!?\"\u201D\u00BB]\\s*\\([^()\\d]{2,60}[^.!?()\\d]\\)$");
    /** A sentence closed by a credit after its label: "Crowds at the pier. Photo: Jane Roe / Agency". */
    private static final Pattern LABELLED_CREDIT = Pattern.compile("(?iu)[.!?\"\u201D\u00BB]\\s+" + CREDIT_LABEL_WORDS
            + "\\s*\\S+(\\s+\\S+){0,5}$");
    /** Longer lines with a credit are paragraphs quoting a source, not captions. */
    private static final int CAPTION_WORDS = 30;

    /** Words from which a line is running text whatever its last character. */
    private static final int RUNNING_WORDS = 20;
    private static final Pattern INNER_SENTENCE_END = Pattern.compile(
            "[.!?][\"'\u201D\u00BB)\\]]?\\s+[\"'\u201C\u00AB(]?\\p{Lu}|[\u3002\uFF01\uFF1F]\\S");
    /** The first letter of a word. */
    private static final Pattern WORD_START = Pattern.compile("(?<!\\S)\\p{L}");
    /** Thai, the first script written without spaces; below it a cheap test saves a script look-up per character. */
    private static final int FIRST_UNSPACED = 0x0E00;
    /**
     * A count of fewer words than this is first looked for in the line's first {@value #PREFIX_CHARS_PER_WORD}
     * characters a word ({@link #words(String, int)}), which hold it in most lines that have it.
     */
    private static final int PREFIX_WORDS = 64;
    private static final int PREFIX_CHARS_PER_WORD = 16;

    private LineFeatures() {
    }

    /** Words of a line; Chinese, Japanese and Thai write none apart, so there two characters count as one. */
    static int words(String line) {
        return words(line, Integer.MAX_VALUE);
    }

    /**
     * Whether a line has at least {@code least} words, as {@link #words(String)} counts them. Reads only as far as
     * it must: most tests ask for a dozen words of paragraphs that have hundreds.
     */
    static boolean hasWords(String line, int least) {
        return words(line, least) >= least;
    }

    /** {@link #hasWords(String, int)} of the line {@code chars[from, to)}. */
    static boolean hasWords(char[] chars, int from, int to, int least) {
        return words(chars, from, to, least) >= least;
    }

    /** The count of words, or {@code enough} as soon as it is reached (the count never goes down as the line goes on). */
    private static int words(String line, int enough) {
        // A few words are read from the line's start: copying a long paragraph whole cost more than counting. The
        // count only grows along the line, so a start that reaches it answers for the line; the start does not end
        // between the two halves of a surrogate pair, which it would read as a character of its own.
        int start = enough > 0 && enough < PREFIX_WORDS ? enough * PREFIX_CHARS_PER_WORD : line.length();
        if (start < line.length()) {
            start += Character.isHighSurrogate(line.charAt(start - 1)) ? 1 : 0;
            char[] chars = new char[start];
            line.getChars(0, start, chars, 0);
            if (words(chars, 0, start, enough) >= enough) {
                return enough;
            }
        }
        char[] chars = line.toCharArray();
        return words(chars, 0, chars.length, enough);
    }

    /**
     * {@link #words(String, int)} of {@code chars[from, to)}: read from an array, as a string read one character at a
     * time costs more under the JIT's first compiler than the count itself.
     */
    private static int words(char[] chars, int from, int to, int enough) {
        int words = 0;
        int unspaced = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char ch = chars[i];
            boolean space;
            if (ch < FIRST_UNSPACED) { // most characters: no code point and no script lookup
                space = Character.isWhitespace(ch);
            } else {
                int c = Character.codePointAt(chars, i, to);
                if (Character.isSupplementaryCodePoint(c)) {
                    i++;
                }
                if (writtenWithoutSpaces(c)) {
                    unspaced++;
                    inWord = false;
                    if (words + (unspaced + 1) / 2 >= enough) {
                        return enough;
                    }
                    continue;
                }
                space = Character.isWhitespace(c);
            }
            if (space) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                if (++words + (unspaced + 1) / 2 >= enough) {
                    return enough;
                }
            }
        }
        return words + (unspaced + 1) / 2;
    }

    private static boolean writtenWithoutSpaces(int c) {
        if (c < FIRST_UNSPACED) {
            return false; // most characters: no script lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }

    /** Whether a line ends as a sentence does (checked at its end, not by scanning it all). */
    static boolean endsLikeSentence(String line) {
        String s = line.strip();
        int n = s.length();
        if (n == 0) {
            return false;
        }
        char last = s.charAt(n - 1);
        boolean ends = STOPS.indexOf(last) >= 0
                || n >= 2 && QUOTES_AFTER_STOP.indexOf(last) >= 0 && STOPS_BEFORE_QUOTE.indexOf(s.charAt(n - 2)) >= 0;
        return ends && !LINE_BREAKS.any(s);
    }

    /**
     * A paragraph of running text: long, and ending like a sentence; or so long, with a sentence ending inside, that
     * only a quotation or a reference after its last sentence ("... [Book 2]") keeps it from ending like one.
     */
    static boolean isProse(String line) {
        return (line.length() >= 80 || hasWords(line, 12)) && endsLikeSentence(line)
                || hasWords(line, RUNNING_WORDS) && INNER_SENTENCE_END.matcher(line).find();
    }

    /**
     * A sentence that lost its stop, or a teaser's headline with its blurb: as long as running text, most words in
     * lower case (menus and headings in title case are capitalised words), and no stop at the end.
     */
    static boolean isLongUnfinishedSentence(String line) {
        return isLongUnfinishedSentence(line, () -> isProse(line));
    }

    /** {@link #isLongUnfinishedSentence(String)}, with {@link #isProse} asked of {@code prose} (a line's kept fact). */
    static boolean isLongUnfinishedSentence(String line, BooleanSupplier prose) {
        return hasWords(line, RUNNING_WORDS) && !prose.getAsBoolean() && mostlyLowerCase(line);
    }

    /** Whether most words of a line written in a cased script start with a small letter, as running text does. */
    private static boolean mostlyLowerCase(String line) {
        int balance = 0;
        Matcher word = WORD_START.matcher(line);
        while (word.find()) {
            int c = line.codePointAt(word.start());
            balance += Character.isLowerCase(c) ? 1 : Character.isUpperCase(c) ? -1 : 0;
        }
        return balance > 0;
    }

    static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A line that carries a date or a time: a dateline or a publication stamp, not a headline. */
    static boolean hasDateOrTime(String line) {
        return DATE_OR_TIME.matcher(line).find() && !LINE_BREAKS.any(line);
    }

    /** A scraper's "date 2019-02-26 " written in front of a headline. */
    static String withoutLeadingDate(String line) {
        return LEADING_DATE.matcher(line.strip()).replaceFirst("");
    }

    /** Whether the line holds a year from 1900 to 2099. */
    static boolean hasYear(String line) {
        return YEAR.matcher(line).find();
    }

    /** A date, a time or a byline: what a header block prints by its headline. */
    static boolean isMetadata(String line) {
        return !isProse(line) && (hasDateOrTime(line) || isByline(line) || isBylineLabel(line)
                || hasYear(line) && words(line) <= DATE_WORDS);
    }

    static boolean isByline(String line) {
        return BYLINE.matcher(line.strip()).matches();
    }

    /** The word for "by" alone on its line, as a header block prints it over the author's name. */
    static boolean isBylineLabel(String line) {
        return BYLINE_LABEL.matcher(line.strip()).matches();
    }

    static boolean isBreadcrumb(String line) {
        String s = line.strip();
        // Two separators at least, the first after the first step and a space: most lines have none, and need no
        // matching, and a paragraph need not be read to its end.
        return CRUMB_SEPARATORS.anyBefore(s, FIRST_STEP + 2) && CRUMB_SEPARATORS.count(s) >= 2
                && BREADCRUMB.matcher(s).matches();
    }

    static boolean isTeaserHeading(String line) {
        return TEASER_HEADING.matcher(line.strip()).matches();
    }

    static boolean isPrompt(String line) {
        String s = line.strip();
        // Arrows are taken off the line's end only (where the pattern's $ stands: at the end, or before a line break
        // that ends the line).
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (ARROWS.contains(last) || LINE_BREAKS.contains(last)) {
            s = TRAILING_ARROWS.matcher(s).replaceFirst("");
        }
        return PROMPT.matcher(s).matches();
    }

    /** A photo's or a text's credit after its label: "Photo: Jane Roe / Agency". */
    static boolean isCreditLabel(String line) {
        Matcher credit = CREDIT_LABEL.matcher(line.strip());
        return credit.matches() && !mostlyLowerCase(credit.group("credited"));
    }

    /** A publication stamp whose date names its month: "Posted on April 29, 2022". */
    static boolean isWrittenDate(String line) {
        return WRITTEN_DATE.matcher(line.strip()).matches();
    }

    /** A photo's caption or credit: a short line with a copyright sign, or a sentence closed by its source. */
    static boolean isCaption(String line) {
        return isCaption(line, () -> isCredited(line));
    }

    /** {@link #isCaption(String)}, with {@link #isCredited} asked of {@code credited} (a line's kept fact). */
    static boolean isCaption(String line, BooleanSupplier credited) {
        String s = line.strip();
        // isCredited strips the line itself: of the line or of s, the same answer.
        return !hasWords(s, CAPTION_WORDS + 1) && (s.indexOf('\u00A9') >= 0 || credited.getAsBoolean());
    }

    /**
     * A sentence closed by its source in brackets or after a credit label, as a photo's caption is ("... a space walk.
     * (Agency via Wire)", "... a space walk. Photo: Agency").
     */
    static boolean isCredited(String line) {
        String s = line.strip();
        return CREDITED_SENTENCE.matcher(s).find() || LABELLED_CREDIT.matcher(s).find();
    }

    static boolean isDecoration(String line) {
        return ONLY_PUNCTUATION.matcher(line).matches();
    }
}

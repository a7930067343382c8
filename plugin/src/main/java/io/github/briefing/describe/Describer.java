package io.github.briefing.describe;

import io.github.briefing.clean.CleanArticle;
import io.github.briefing.read.GivenFacts;
import io.github.briefing.read.Outlet;
import io.github.briefing.read.Outlets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The describe stage: title, date, dateline, outlet, wires, author and language of a cleaned article. What the user
 * gave wins; what is read from the text records how; what cannot be known stays null.
 */
public final class Describer {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}\\p{M} .'-]{2,40}(?:,\\s*[\\p{L} .]{2,30})?)\\s*(?:\\([^)]{1,30}\\))?\\s*[-\u2013\u2014]{1,2}\\s");
    private static final Pattern DESK_CREDIT = Pattern.compile(
            "^\\((.{2,40}?)\\s+(?:Monitoring Desk|News Desk|Web Desk|Online Desk|Desk|Staff|Correspondent)\\)$");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(?:by|oleh|von|par|por|di)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){1,3})$");
    private static final int DERIVED_TITLE_WORDS = 12;
    private static final int LANGUAGE_SAMPLE = 200;
    /** Bodies kept with their language: a copy finds its original when fewer other bodies came between them. */
    private static final int BODIES = 1 << 15;
    private final Outlets outlets;
    private final TextMemo<List<String>, Body> bodies = new TextMemo<>(BODIES);
    private final TextDates dates = new TextDates();
    private final WireFinder wires = new WireFinder();

    /** An article's paragraphs and the language they are in. */
    private record Body(List<String> paragraphs, String lang) {
    }

    /**
     * Loads the language profiles (seconds, on one thread), so that a build can do it while it reads files instead
     * of every thread waiting for it at the first article.
     */
    public static void prepare() {
        LanguageIdentifier.get();
    }

    public Describer(Outlets outlets) {
        this.outlets = outlets;
    }

    public Article describe(CleanArticle clean) {
        GivenFacts given = clean.raw().given();
        Body body = body(clean);
        List<String> paragraphs = body.paragraphs();
        String lead = paragraphs.isEmpty() ? "" : paragraphs.get(0);
        String lang = body.lang();

        String title = given.title() != null ? given.title() : clean.headline();
        boolean derived = title == null;
        if (derived) {
            title = deriveTitle(lead);
        }

        LocalDate date = given.date();
        DateBasis basis = date == null ? null : DateBasis.METADATA;
        if (date == null) {
            date = PageDate.of(clean, lang, dates).orElse(null);
            basis = date == null ? null : DateBasis.TEXT;
        }
        if (date == null) {
            date = WeekdayDate.resolve(lead, paragraphs, lang, dates).orElse(null);
            basis = date == null ? null : DateBasis.WEEKDAY;
        }

        String outlet = null;
        String outletBasis = null;
        if (given.outlet() != null) {
            outlet = outlets.find(given.outlet()).map(Outlet::name).orElse(given.outlet());
            outletBasis = "metadata";
        } else if (given.url() != null) {
            Optional<Outlet> known = outlets.forUrl(given.url());
            outlet = known.map(Outlet::name).orElse(Outlets.host(given.url()).orElse(null));
            outletBasis = known.isPresent() ? "sources.yml" : (outlet == null ? null : "url");
        }
        if (outlet == null) {
            for (String line : clean.masthead()) {
                Matcher m = DESK_CREDIT.matcher(line);
                if (m.matches()) {
                    outlet = outlets.find(m.group(1)).map(Outlet::name).orElse(m.group(1).strip());
                    outletBasis = "text";
                    break;
                }
            }
        }

        Matcher dateline = DATELINE.matcher(lead);
        List<String> credits = new ArrayList<>(clean.masthead());
        credits.addAll(paragraphs.subList(Math.max(0, paragraphs.size() - 2), paragraphs.size()));
        return new Article(clean.raw().id(), clean.raw().file(), lang, title, derived, date, basis,
                dateline.find() ? dateline.group(1).strip() : null, outlet, outletBasis,
                wires.find(lead, credits), given.author() != null ? given.author() : author(clean.masthead()),
                given.url(), paragraphs, clean.captions());
    }

    /**
     * The paragraphs and the language of an article's body. The language is the metadata's, else the body's, or the
     * whole text's when the cleaner kept too little of the body to tell. Identification is a function of the text
     * alone, so a body met lately is not identified again, and its copies hold the paragraphs first met: equal
     * strings, held once for all of them.
     */
    private Body body(CleanArticle clean) {
        String given = clean.raw().given().lang();
        if (given != null) {
            return new Body(clean.paragraphs(), given);
        }
        String body = clean.body();
        LanguageIdentifier identifier = LanguageIdentifier.get();
        return body.length() < LANGUAGE_SAMPLE ? new Body(clean.paragraphs(), identifier.identify(clean.raw().text()))
                : bodies.get(clean.paragraphs(), paragraphs -> new Body(paragraphs, identifier.identify(body)));
    }

    private static String author(List<String> masthead) {
        for (String line : masthead) {
            Matcher m = BYLINE.matcher(line.strip());
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The lead's first sentence, cut to a headline's length. */
    private static String deriveTitle(String lead) {
        if (lead.isBlank()) {
            return null;
        }
        String sentence = lead.split("(?<=[.!?\u3002])\\s+", 2)[0];
        String[] words = sentence.split("\\s+");
        if (words.length <= DERIVED_TITLE_WORDS) {
            return sentence.replaceAll("[.\u3002]$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, DERIVED_TITLE_WORDS)).replaceAll("[,;:]$", "") + "\u2026";
    }
}

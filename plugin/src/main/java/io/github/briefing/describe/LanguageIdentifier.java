package io.github.briefing.describe;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the language of a text. The script decides first: most scripts are written by one main language (Hangul,
 * Thai, Greek, Hebrew, Armenian, Georgian, the Indic scripts, kana, ...), and a text in the others is compared only with the
 * n-gram profiles (Optimaize language-detector) of its own script, which is both surer and faster. Malay is left
 * out on purpose, since its profile takes Indonesian texts.
 */
public final class LanguageIdentifier {

    /** Enough text to decide; more only costs time. */
    static final int SAMPLE = 2000;
    private static final List<String> LATIN = List.of("af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "eu",
            "fi", "fr", "ga", "hr", "hu", "id", "is", "it", "lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl",
            "sq", "sv", "sw", "tl", "tr", "vi");
    private static final List<String> CYRILLIC = List.of("bg", "ru", "uk");
    private static final List<String> ARABIC = List.of("ar", "fa");
    private static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    private final Detector latin = detector(LATIN);
    private final Detector cyrillic = detector(CYRILLIC);
    private final Detector arabic = detector(ARABIC);
    // No text filters: the script is settled above, and the minority-script filter costs more than detection. The
    // library's text objects are the tests' reference; detection normalises a sample by a table ({@link NormalizedText}).
    private final TextObjectFactory texts = new TextObjectFactoryBuilder().build();

    private LanguageIdentifier() {
    }

    /** The library's detector of a script's languages, and the same detection for long texts ({@link DrawnGrams}). */
    private record Detector(LanguageDetector library, DrawnGrams drawn) {
    }

    private static Detector detector(List<String> languages) {
        List<LdLocale> locales = new ArrayList<>();
        languages.forEach(code -> locales.add(LdLocale.fromString(code)));
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            return new Detector(LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build(),
                    new DrawnGrams(profiles));
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles are missing from the plugin jar", e);
        }
    }

    public static LanguageIdentifier get() {
        return INSTANCE;
    }

    /** The ISO 639-1 code of the most probable language, or null for a text too short or too odd to tell. */
    public String identify(String text) {
        return identify(text, false);
    }

    /** {@link #identify}, by the library's own detector throughout when {@code library} (the tests' reference). */
    String identify(String text, boolean library) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        ScriptShare share = ScriptShare.of(sample);
        if (share.letters() == 0) {
            return null;
        }
        String byScript = share.language();
        if (byScript != null) {
            return byScript;
        }
        Detector detector = switch (share.dominant()) {
            case LATIN -> latin;
            case CYRILLIC -> cyrillic;
            case ARABIC -> arabic;
            default -> null; // a script we have no profiles for: no guess beats a Latin language named for it
        };
        if (detector == null) {
            return null;
        }
        LdLocale best = best(detector, library ? texts.forText(sample) : NormalizedText.of(sample), library);
        return best == null ? null : best.getLanguage().toLowerCase(Locale.ROOT);
    }

    private static LdLocale best(Detector detector, CharSequence text, boolean library) {
        if (library || text.length() <= DrawnGrams.SHORT_TEXT) {
            List<DetectedLanguage> ranked = detector.library().getProbabilities(text);
            return ranked.isEmpty() ? null : ranked.get(0).getLocale();
        }
        return detector.drawn().best(text);
    }
}

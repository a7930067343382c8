package io.github.briefing.describe;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the language of a text with n-gram profiles (Optimaize language-detector). Only the news languages we
 * profile are candidates: Malay is left out on purpose, since its profile takes Indonesian texts.
 */
public final class LanguageIdentifier {

    /** Enough text to decide; more only costs time. */
    static final int SAMPLE = 2000;
    private static final List<String> LANGUAGES = List.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et",
            "fa", "fi", "fr", "he", "hi", "hr", "hu", "id", "is", "it", "ja", "ko", "lt", "lv", "nl", "no", "pl",
            "pt", "ro", "ru", "sk", "sl", "sv", "th", "tr", "uk", "vi", "zh-CN", "zh-TW");
    private static final LanguageIdentifier INSTANCE = new LanguageIdentifier();
    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    private LanguageIdentifier() {
        List<LdLocale> locales = new ArrayList<>();
        LANGUAGES.forEach(code -> locales.add(LdLocale.fromString(code)));
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles are missing from the plugin jar", e);
        }
    }

    public static LanguageIdentifier get() {
        return INSTANCE;
    }

    /** The ISO 639-1 code of the most probable language, or null for a text too short or too odd to tell. */
    public String identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        List<DetectedLanguage> ranked = detector.getProbabilities(texts.forText(sample));
        if (ranked.isEmpty()) {
            return null;
        }
        return ranked.get(0).getLocale().getLanguage().toLowerCase(Locale.ROOT);
    }
}

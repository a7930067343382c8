package io.github.briefing.describe;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|The city council voted on Wednesday to close the old bridge for repairs over the coming months.",
        "id|Dewan kota memutuskan pada hari Rabu untuk menutup jembatan tua itu untuk perbaikan selama beberapa bulan.",
        "de|Der Stadtrat hat am Mittwoch beschlossen, die alte Brücke für Reparaturen über mehrere Monate zu sperren.",
        "ru|Городской совет в среду проголосовал за закрытие старого моста на ремонт на несколько месяцев.",
        "uk|Міська рада в середу проголосувала за закриття старого мосту на ремонт на кілька місяців.",
        "ar|صوت مجلس المدينة يوم الأربعاء على إغلاق الجسر القديم لإصلاحه خلال الأشهر المقبلة.",
        "ja|市議会は水曜日、古い橋を修理のために数か月間閉鎖することを決めました。",
        "zh|市议会周三投票决定关闭旧桥进行为期数月的维修。",
        "ko|시의회는 수요일 낡은 다리를 수리를 위해 몇 달 동안 폐쇄하기로 결정했다.",
        "el|Το δημοτικό συμβούλιο αποφάσισε την Τετάρτη να κλείσει την παλιά γέφυρα για επισκευές.",
        "hy|Քաղաքային խորհուրդը չորեքշաբթի որոշեց փակել հին կամուրջը վերանորոգման համար։",
        "ka|საკრებულომ ოთხშაბათს გადაწყვიტა ძველი ხიდის დახურვა რემონტისთვის.",
        "bn|নগর পরিষদ বুধবার পুরনো সেতুটি মেরামতের জন্য কয়েক মাস বন্ধ রাখার সিদ্ধান্ত নিয়েছে।",
        "sq|Këshilli i qytetit vendosi të mërkurën të mbyllë urën e vjetër për riparime për disa muaj.",
        "ca|El consell municipal va votar dimecres tancar el pont vell per fer-hi reparacions durant uns quants mesos.",
    })
    void namesTheLanguage(String lang, String text) {
        assertEquals(lang, LanguageIdentifier.get().identify(text));
    }

    @Test
    void aScriptWithoutProfilesGetsNoLatinGuess() {
        assertNull(LanguageIdentifier.get().identify("ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏕᎳ ᏧᏓᎴᏅᏓ"), "Cherokee");
    }

    @Test
    void aTextWithoutLettersHasNoLanguage() {
        assertNull(LanguageIdentifier.get().identify("12:30 — 4,000 / 17"));
    }

    @Test
    void drawingGramsAsNeededNamesWhatTheLibraryNames() {
        // Mixtures of languages of one script give close probabilities, where any difference in the arithmetic shows.
        String[] pools = {
            "The city council voted on Wednesday to close the old bridge for repairs over the coming months. "
                + "Dewan kota memutuskan pada hari Rabu untuk menutup jembatan tua itu untuk perbaikan. "
                + "Der Stadtrat hat am Mittwoch beschlossen, die alte Brücke für Reparaturen zu sperren. "
                + "Këshilli i qytetit vendosi të mërkurën të mbyllë urën e vjetër për riparime për disa muaj. "
                + "El consell municipal va votar dimecres tancar el pont vell per fer-hi reparacions. "
                + "Le conseil municipal a voté mercredi la fermeture du vieux pont pour des réparations. "
                + "Rada miasta zagłosowała w środę za zamknięciem starego mostu na remont. 12 % 2020 «» —",
            "Городской совет в среду проголосовал за закрытие старого моста на ремонт на несколько месяцев. "
                + "Міська рада в середу проголосувала за закриття старого мосту на ремонт на кілька місяців. "
                + "Общинският съвет гласува в сряда да затвори стария мост за ремонт. 12 Bank",
            "صوت مجلس المدينة يوم الأربعاء على إغلاق الجسر القديم لإصلاحه خلال الأشهر المقبلة. "
                + "شورای شهر روز چهارشنبه به بستن پل قدیمی برای تعمیر رای داد. 2020",
        };
        Random random = new Random(7);
        LanguageIdentifier identifier = LanguageIdentifier.get();
        int named = 0;
        for (int t = 0; t < 1500; t++) {
            String[] words = pools[t % pools.length].split(" ");
            int count = 5 + random.nextInt(t % 5 == 0 ? 400 : 40);
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? " " : "");
            List<String> drawn = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                drawn.add(words[random.nextInt(words.length)]);
            }
            text.append(String.join(random.nextInt(3) == 0 ? "  " : " ", drawn));
            text.append(random.nextInt(4) == 0 ? " " : "");
            String library = identifier.identify(text.toString(), true);
            assertEquals(library, identifier.identify(text.toString()), text.toString());
            named += library == null ? 0 : 1;
        }
        assertTrue(named > 1000, "most mixtures are named: " + named);
    }
}

package io.github.briefing.match;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScriptsTest {

    @Test
    void aTextIsInTheScriptOfMostOfItsLetters() {
        assertEquals(Character.UnicodeScript.LATIN, Scripts.of("Der Rat tagte in Wien (東京)."));
        assertEquals(Character.UnicodeScript.CYRILLIC, Scripts.of("Совет собрался в Вене, сообщил TASS."));
        assertEquals(Character.UnicodeScript.ARABIC, Scripts.of("اجتمع المجلس في فيينا"));
    }

    @Test
    void japaneseKanaAndKanjiAreOneScript() {
        assertEquals(Character.UnicodeScript.HAN, Scripts.of("パンデミックでオンライン授業になった。"));
        assertEquals(Scripts.of("東京で会議が開かれた。"), Scripts.of("オンラインのセミナーがあった。"));
    }
}

package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameChainsTest {

    private static NameChains written(String... pairs) {
        NameChains chains = new NameChains();
        for (String pair : pairs) {
            chains.written(pair.substring(0, pair.indexOf(' ')), pair.substring(pair.indexOf(' ') + 1));
        }
        return chains;
    }

    @Test
    void keysWrittenOneAfterTheOtherBecomeOneNameInTheOrderOfTheStrongest() {
        // luis is written before more words than the match has keys: looked up the other way round
        NameChains chains = written("ana perez", "luis soto", "soto said", "luis and", "luis was", "luis had", "luis is");
        assertEquals(List.of("Luis Soto", "Ana Perez", "Lima"),
                chains.join(List.of("soto", "perez", "lima", "ana", "luis"),
                        key -> key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1)),
                "each key as spelled, the names in the order of their strongest key");
    }

    @Test
    void aKeyFollowsOnlyOneOtherAndNamesStopAtThreeWords() {
        NameChains chains = written("ana maria", "maria jose", "jose luis", "luis soto", "eva maria");
        assertEquals(List.of("ana maria jose", "luis soto", "eva"),
                chains.join(List.of("ana", "maria", "jose", "luis", "soto", "eva"), key -> key),
                "maria follows ana, the stronger; a chain of five is cut at three");
    }

    @Test
    void keysWrittenEachAfterTheOtherDoNotLoop() {
        List<String> names = written("perez soto", "soto perez").join(List.of("perez", "soto"), key -> key);
        assertEquals(1, names.size());
        assertTrue(names.get(0).equals("perez soto") || names.get(0).equals("soto perez"), names.get(0));
    }

    @Test
    void keysNoArticleWritesBesideAnotherStayAlone() {
        assertEquals(List.of("lima", "quito"), written("ana perez").join(List.of("lima", "quito"), key -> key));
    }
}

package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameChainsTest {

    private static NameChains written(String... pairs) {
        NameChains chains = new NameChains();
        for (String pair : pairs) {
            chains.written(pair);
        }
        return chains;
    }

    @Test
    void keysWrittenOneAfterTheOtherBecomeOneNameInTheOrderOfTheStrongest() {
        NameChains chains = written("ana perez", "luis soto", "soto said");
        assertEquals(List.of(List.of("luis", "soto"), List.of("ana", "perez"), List.of("lima")),
                chains.chains(List.of("soto", "perez", "lima", "ana", "luis")));
    }

    @Test
    void aKeyFollowsOnlyOneOtherAndChainsStopAtThreeWords() {
        NameChains chains = written("ana maria", "maria jose", "jose luis", "luis soto", "eva maria");
        assertEquals(List.of(List.of("ana", "maria", "jose"), List.of("luis", "soto"), List.of("eva")),
                chains.chains(List.of("ana", "maria", "jose", "luis", "soto", "eva")),
                "maria follows ana, the stronger; a chain of five is cut at three");
    }

    @Test
    void keysWrittenEachAfterTheOtherDoNotLoop() {
        List<List<String>> chains = written("perez soto", "soto perez").chains(List.of("perez", "soto"));
        assertEquals(1, chains.size());
        assertEquals(java.util.Set.of("perez", "soto"), java.util.Set.copyOf(chains.get(0)));
        assertEquals(2, chains.get(0).size());
    }

    @Test
    void keysNoArticleWritesBesideAnotherStayAlone() {
        assertEquals(List.of(List.of("lima"), List.of("quito")), written("ana perez").chains(List.of("lima", "quito")));
    }
}

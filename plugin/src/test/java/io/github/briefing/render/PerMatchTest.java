package io.github.briefing.render;

import io.github.briefing.group.Briefing;
import io.github.briefing.match.Match;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PerMatchTest {

    /** The fixture's matches twice over, as distinct but equal instances: each is a match of its own. */
    private final Briefing briefing = twice(Fixtures.briefing());

    private static Briefing twice(Briefing b) {
        List<Match> matches = new ArrayList<>(b.matches());
        b.matches().forEach(m -> matches.add(new Match(m.a(), m.b(), m.score(), m.relation(), m.crossLingual(),
                m.evidence())));
        return new Briefing(b.articles(), b.anchors(), matches, b.stories());
    }

    @Test
    void eachMatchHasItsOwnValueComputedOnce() {
        SiteIndex index = new SiteIndex(briefing);
        AtomicInteger computed = new AtomicInteger();
        PerMatch<Object> values = new PerMatch<>(index, m -> {
            computed.incrementAndGet();
            return new Object();
        });
        List<Match> matches = briefing.matches();
        List<Object> first = matches.stream().map(values::get).toList();
        List<Object> again = matches.stream().map(values::get).toList();
        for (int i = 0; i < matches.size(); i++) {
            assertSame(first.get(i), again.get(i));
        }
        assertEquals(matches.size(), computed.get());
        // equal matches are still two matches, by identity, as the pages show each
        assertEquals(matches.size(), Set.copyOf(first).size());
    }

    @Test
    void aMatchThatIsNotTheBriefingsIsRefused() {
        SiteIndex index = new SiteIndex(briefing);
        Match m = briefing.matches().get(0);
        Match equal = new Match(m.a(), m.b(), m.score(), m.relation(), m.crossLingual(), m.evidence());
        assertThrows(IllegalArgumentException.class, () -> new PerMatch<>(index, x -> "view").get(equal));
    }

    @Test
    void threadsAskingAtOnceAllGetTheValueKept() {
        SiteIndex index = new SiteIndex(briefing);
        PerMatch<Object> values = new PerMatch<>(index, m -> new Object());
        Match m = briefing.matches().get(0);
        Set<Object> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 1000).parallel().forEach(i -> seen.add(values.get(m)));
        assertEquals(1, seen.size());
    }
}

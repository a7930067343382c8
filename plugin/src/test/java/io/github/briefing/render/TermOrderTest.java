package io.github.briefing.render;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class TermOrderTest {

    /** What sorting the numbers by their terms from nothing gives. */
    private static int[] sorted(String[] terms) {
        return IntStream.range(0, terms.length).boxed().sorted(Comparator.comparing(n -> terms[n]))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Each term's number, its place in the table, as the build's term numbers give it. */
    private static ToIntFunction<String> numbers(String[] terms) {
        return Arrays.asList(terms)::indexOf;
    }

    @Test
    void ordersTheNumbersByTheirTerms() {
        String[] terms = {"quito", "lima", "2,500", "bogota"};
        assertArrayEquals(new int[] {2, 3, 1, 0}, new TermOrder().of(terms, numbers(terms), false));
    }

    @Test
    void putsTheTermsNumberedAfterTheLastBuildsInTheirPlaces() {
        TermOrder order = new TermOrder();
        String[] last = {"quito", "lima", "2,500", "bogota", "caracas"};
        order.of(last, numbers(last), true);
        // this build's table: the last one's terms as new strings, then its new words (before, among, after them)
        String[] now = Arrays.copyOf(Arrays.stream(last).map(String::new).toArray(String[]::new), 9);
        now[5] = "zagreb";
        now[6] = "1";
        now[7] = "cusco";
        now[8] = "lim";
        assertArrayEquals(sorted(now), order.of(now, numbers(now), true));
        String[] next = Arrays.copyOf(now, 10);
        next[9] = "a";
        assertArrayEquals(sorted(next), order.of(next, numbers(next), false),
                "from the order kept by the build before");
    }

    @Test
    void sortsAfreshWhenTheTermsWereNumberedOtherwise() {
        TermOrder order = new TermOrder();
        String[] first = {"a", "b", "c"};
        order.of(first, numbers(first), true);
        String[] renumbered = {"b", "c", "a", "d"};
        assertArrayEquals(sorted(renumbered), order.of(renumbered, numbers(renumbered), true));
        String[] fewer = {"b"};
        assertArrayEquals(new int[] {0}, order.of(fewer, numbers(fewer), true));
    }
}

package io.github.briefing.render;

import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecordEvaluatorTest {

    record Outlet(String name, String country) {
    }

    record Item(String title, Outlet outlet, List<String> tags, Map<String, Integer> counts) {
        public String shout() {
            return title.toUpperCase(Locale.ROOT);
        }

        public String tagOr(String fallback) {
            return tags.isEmpty() ? fallback : tags.get(0);
        }
    }

    private static final Item FULL = new Item("Floods <north>", new Outlet("Daily", null), List.of("a", "b"),
            Map.of("k", 3));
    private static final Item BARE = new Item(null, null, List.of(), Map.of());

    private static TemplateEngine engine(boolean recordPaths) {
        RecordProperties.install();
        TemplateEngine engine = new TemplateEngine();
        StandardDialect dialect = new StandardDialect();
        if (recordPaths) {
            dialect.setVariableExpressionEvaluator(new RecordEvaluator(dialect.getVariableExpressionEvaluator()));
        }
        engine.setDialect(dialect);
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String render(boolean recordPaths, String template, Item item) {
        return engine(recordPaths).process(template, new Context(Locale.ROOT, Map.of("item", item, "n", 7)));
    }

    @Test
    void rendersWhatOgnlRendersForPathsNullTestsAndEverythingItLeavesToOgnl() {
        String template = """
                <p th:text="${item.title}">t</p><p th:text="${item.outlet.name}">o</p>
                <p th:text="${item.outlet.country}">c</p><p th:if="${item.outlet != null}">has</p>
                <p th:if="${item.outlet.country == null}">no country</p><p th:text="${n}">n</p>
                <p th:text="${missing}">m</p><p th:if="${missing == null}">none</p>
                <p th:text="${item.tags.size}">s</p><p th:text="${item.counts.k}">k</p>
                <p th:text="${item.shout}">derived</p><p th:text="${item.outlet.name.empty}">on a string</p>
                <i th:each="t, st : ${item.tags}" th:text="${t}" th:if="${st.index < 1}">t</i>
                <i th:each="t, st : ${item.tags}" th:text="${st.count} + ${st.size} + ${st.current} + ${st.even}
                    + ${st.odd} + ${st.first} + ${st.last} + ${st.index >= 1}">status</i>
                <p th:text="${#lists.size(item.tags)}">z</p><p th:if="${!#lists.isEmpty(item.tags)}">some</p>
                <p th:text="${#strings.listJoin(item.tags, ', ')}">j</p><p th:text="${item.tagOr('none')}">f</p>
                <p th:text="${item.outlet != null and item.outlet.country == null}">and</p>
                <p th:text="${item.outlet == null or !item.tags.isEmpty()}">or</p>
                <p th:text="${#lists.size(item.tags) >= 2}">ge</p><p th:text="${#lists.size(item.tags) == 2}">eq</p>
                <p th:text="${#lists.size(item.tags) - 1}">minus</p><p th:text="${n > 7 or n < 7}">ne</p>
                <p th:text="${item.title == 'Floods <north>'}">string</p><p th:text="${item.title != item.outlet.name}">ne</p><p th:text="${item.outlet and n}">last</p>
                <p th:text="${missing or n}">first truthy</p><p th:text="${(n)}">paren</p>
                <p th:text="${n + 1}">plus</p><p th:text="${n - 8 - 1}">left to right</p><p th:text="${n + 1 > 7}">sum compared</p>
                <p th:text="${n + 2147483647}">wraps as an int</p><p th:text="${item.title + n}">joined</p>
                <p th:text="${n + item.outlet.name}">joined</p><p th:text="${n - missing}">null</p>
                """;
        String expected = render(false, template, FULL);
        assertEquals(expected, render(true, template, FULL));
        assertEquals("<p>Floods &lt;north&gt;</p><p>Daily</p>", expected.lines().findFirst().orElseThrow());
    }

    @Test
    void nullsAndMissingComponentsBehaveAsUnderOgnl() {
        String nulls = "<p th:text=\"${item.title}\">t</p><p th:if=\"${item.outlet == null}\">none</p>"
                + "<p th:unless=\"${item.title != null}\">untitled</p><p th:text=\"${item.tagOr(null)}\">n</p>"
                + "<p th:text=\"${!item.outlet}\">not null</p><p th:text=\"${item.outlet and item.title}\">and</p>";
        assertEquals(render(false, nulls, BARE), render(true, nulls, BARE));
        for (String failing : List.of("<p th:text=\"${item.outlet.name}\">x</p>", "<p th:text=\"${item.nothing}\">x</p>")) {
            assertThrows(TemplateProcessingException.class, () -> render(false, failing, BARE));
            assertThrows(TemplateProcessingException.class, () -> render(true, failing, BARE));
        }
    }

    record Place(String name, int people) {
        public String label(String prefix) {
            return prefix + name;
        }
    }

    record Named(String name) {
        public String label(String prefix) {
            return prefix + name.toUpperCase(Locale.ROOT);
        }
    }

    @Test
    void onePlaceOfATemplateReadsEachTypeItMeetsByThatTypesComponentsAndMethods() {
        TemplateEngine withRecordPaths = engine(true);
        String template = "<i th:each=\"x : ${xs}\" th:text=\"${x.name} + ${x.label('-')}\">x</i>";
        List<Record> mixed = List.of(new Place("Lima", 9), new Named("Puno"), new Named("Cusco"), new Place("Quito", 3));
        for (List<Record> xs : List.of(mixed, mixed.subList(1, 4))) {
            Context context = new Context(Locale.ROOT, Map.of("xs", xs));
            String expected = engine(false).process(template, context);
            assertEquals(expected, withRecordPaths.process(template, context));
            assertEquals(expected, withRecordPaths.process(template, context), "and again, with what it saw kept");
        }
    }

    @Test
    void leavesToOgnlOnlyWhatItDoesNotKnow() {
        List<String> toOgnl = new java.util.ArrayList<>();
        TemplateEngine engine = new TemplateEngine();
        StandardDialect dialect = new StandardDialect();
        var ognl = dialect.getVariableExpressionEvaluator();
        dialect.setVariableExpressionEvaluator(new RecordEvaluator((context, expression, execution) -> {
            toOgnl.add(expression.getExpression());
            return ognl.evaluate(context, expression, execution);
        }));
        engine.setDialect(dialect);
        engine.setTemplateResolver(new StringTemplateResolver());
        String page = engine.process("<p th:text=\"${item.outlet.name}\">o</p><p th:if=\"${!#lists.isEmpty(item.tags)"
                + " and item.title != null}\">t</p><p th:text=\"${item.counts.k}\">k</p><p th:text=\"${n + 1}\">n</p>"
                + "<p th:text=\"${item.title + 1}\">j</p>"
                + "<i th:each=\"t, st : ${item.tags}\" th:if=\"${st.index >= 1}\" th:text=\"${t}\">t</i>",
                new Context(Locale.ROOT, Map.of("item", FULL, "n", 7)));
        assertEquals("<p>Daily</p><p>t</p><p>3</p><p>8</p><p>Floods &lt;north&gt;1</p><i>b</i>", page);
        assertEquals(List.of("item.counts.k", "item.title + 1"), toOgnl);
    }
}

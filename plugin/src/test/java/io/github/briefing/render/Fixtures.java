package io.github.briefing.render;

import io.github.briefing.analyse.Anchors;
import io.github.briefing.analyse.NameKey;
import io.github.briefing.describe.Article;
import io.github.briefing.describe.DateBasis;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Figure;
import io.github.briefing.group.Story;
import io.github.briefing.match.Evidence;
import io.github.briefing.match.Match;
import io.github.briefing.match.Relation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A small briefing written for these tests: a harvest report in English and its Spanish translation (one story,
 * whose key figure grows), and an unrelated French article with no date.
 */
final class Fixtures {

    static final String EN = "harvest/en";
    static final String ES = "harvest/es";
    static final String FR = "other/fr";

    private Fixtures() {
    }

    static Article article(String id, String lang, String title, LocalDate date, DateBasis basis, String outlet,
                           List<String> paragraphs) {
        return new Article(id, Path.of(id + ".txt"), lang, title, false, date, basis, null, outlet,
                outlet == null ? null : "metadata", List.of("Agencia Andina"), null, "https://example.org/" + id,
                paragraphs, List.of());
    }

    /** A templates folder in {@code dir} holding one template of the user's, {@code name}.html, of {@code body}. */
    static Path userTemplate(Path dir, String name, String body) throws java.io.IOException {
        Path templates = java.nio.file.Files.createDirectories(dir.resolve("templates"));
        java.nio.file.Files.writeString(templates.resolve(name + ".html"),
                "<html xmlns:th=\"http://www.thymeleaf.org\"><body>" + body + "</body></html>");
        return templates;
    }

    static Briefing briefing() {
        Article en = article(EN, "en", "Quinoa harvest in Peru reaches 2,500 tonnes",
                LocalDate.of(2024, 5, 2), DateBasis.TEXT, "Andes Daily", List.of(
                        "Farmers near Puno in Peru brought in 2,500 tonnes of quinoa this season, said Ms Huaman.",
                        "Prices held steady.",
                        "The cooperative expects 3 million dollars in sales."));
        Article es = article(ES, "es", "La cosecha de quinua en Perú alcanza 2.500 toneladas",
                LocalDate.of(2024, 5, 3), DateBasis.INFERRED, "Diario Sur", List.of(
                        "Los agricultores cerca de Puno, en Perú, recogieron 2.500 toneladas de quinua, dijo la señora Huaman.",
                        "Los precios se mantuvieron.",
                        "La cooperativa espera 3 millones de dólares en ventas."));
        Article fr = article(FR, "fr", "Un marché couvert ouvre à Lyon", null, null, null, List.of(
                "Le nouveau marché ouvre ses portes samedi."));
        Anchors harvest = new Anchors(Set.of(NameKey.of("Huaman"), NameKey.of("Puno")), Set.of("PE"), Set.of("2500", "3000000"), Set.of(), Set.of());
        Anchors market = new Anchors(Set.of(), Set.of("FR"), Set.of(), Set.of(), Set.of());
        Match translation = new Match(EN, ES, 0.93, Relation.TRANSLATION, true,
                new Evidence(List.of(NameKey.of("Huaman"), NameKey.of("Puno")), List.of("PE"), List.of("2500", "3000000"), List.of(), List.of()));
        Story story = new Story("s1", en.title(), en.date(), es.date(), List.of(EN, ES), List.of(
                new Figure("1,800", false, en.date(), EN, "1,800 tonnes", "tonnes"),
                new Figure("2,500", true, es.date(), ES, "unas 2.500 toneladas", "toneladas")));
        Story single = new Story("s2", fr.title(), null, null, List.of(FR), List.of());
        return new Briefing(List.of(en, es, fr), Map.of(EN, harvest, ES, harvest, FR, market), List.of(translation),
                List.of(story, single));
    }

    /**
     * The fixtures, a copy of the English article run by another outlet (its own headline, one paragraph added) and
     * another English article on the harvest, told in other words, both rated translations of it.
     */
    static Briefing withCopy() {
        Briefing b = briefing();
        Article en = b.articles().get(0);
        List<String> paragraphs = new ArrayList<>(en.paragraphs());
        paragraphs.add("Officials expect exports to grow next year.");
        Article copy = article("wire/copy", "en", "Peru's quinoa crop tops 2,500 tonnes",
                en.date(), DateBasis.TEXT, "Coast Herald", paragraphs);
        Match translation = b.matches().get(0);
        Match copied = new Match(en.id(), copy.id(), 0.97,
                translation.relation(), false, translation.evidence());
        Article retold = article("retold/en", "en", "Puno farmers harvest 2,500 tonnes",
                en.date(), DateBasis.TEXT, "Coast Herald", List.of(
                        "Ms Huaman said that 2,500 tonnes of quinoa were harvested by farmers around Puno, Peru.",
                        "Sales of 3 million dollars are expected by the cooperative, while prices did not move."));
        Match retelling = new Match(en.id(), retold.id(), 0.9,
                translation.relation(), false, translation.evidence());
        Map<String, Anchors> anchors = new HashMap<>(b.anchors());
        anchors.put(copy.id(), b.anchors().get(en.id()));
        anchors.put(retold.id(), b.anchors().get(en.id()));
        List<Article> articles = new ArrayList<>(b.articles());
        articles.add(copy);
        articles.add(retold);
        // The copy and the retelling join the story of the article they copy and retell, as the group stage puts them.
        List<Story> stories = b.stories().stream().map(s -> !s.articles().contains(en.id()) ? s
                : new Story(s.id(), s.title(), s.firstDate(), s.lastDate(),
                Stream.concat(s.articles().stream(), Stream.of(copy.id(), retold.id()))
                        .toList(), s.figures())).toList();
        return new Briefing(articles, anchors, List.of(translation, copied, retelling),
                stories);
    }
}

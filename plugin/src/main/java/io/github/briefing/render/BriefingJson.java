package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Figure;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code briefing.json}, the machine-readable export whose format DESIGN.md fixes (schema version 1). */
final class BriefingJson {

    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BriefingJson() {
    }

    static byte[] write(Briefing briefing, SiteIndex index, boolean exportText) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schemaVersion", SCHEMA_VERSION);
        List<Object> articles = new ArrayList<>();
        for (Article a : briefing.articles()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", a.id());
            o.put("url", index.articleUrl(a.id()));
            o.put("lang", a.lang());
            o.put("title", a.titleDerived() ? null : a.title());
            o.put("date", a.date() == null ? null : a.date().toString());
            o.put("dateBasis", a.dateBasis() == null ? null : a.dateBasis().label());
            o.put("outlet", a.outlet());
            o.put("wires", a.wires());
            Story story = index.storyOf.get(a.id());
            o.put("story", story == null ? null : story.id());
            o.put("dateline", a.dateline());
            o.put("author", a.author());
            if (exportText) {
                o.put("text", a.body());
            }
            articles.add(o);
        }
        root.put("articles", articles);
        List<Object> stories = new ArrayList<>();
        for (Story s : briefing.stories()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("id", s.id());
            o.put("title", s.title());
            o.put("firstDate", s.firstDate() == null ? null : s.firstDate().toString());
            o.put("articles", s.articles());
            List<Object> figures = new ArrayList<>();
            for (Figure f : s.figures()) {
                Map<String, Object> fo = new LinkedHashMap<>();
                fo.put("value", f.value());
                fo.put("approx", f.approx());
                fo.put("date", f.date() == null ? null : f.date().toString());
                fo.put("article", f.article());
                figures.add(fo);
            }
            o.put("figures", figures);
            stories.add(o);
        }
        root.put("stories", stories);
        List<Object> matches = new ArrayList<>();
        for (Match m : briefing.matches()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("a", m.a());
            o.put("b", m.b());
            o.put("score", m.score());
            o.put("relation", m.relation().label());
            o.put("crossLingual", m.crossLingual());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("names", m.evidence().names());
            evidence.put("numbers", m.evidence().numbers());
            evidence.put("places", m.evidence().places());
            evidence.put("dates", m.evidence().dates());
            evidence.put("acronyms", m.evidence().acronyms());
            o.put("evidence", evidence);
            matches.add(o);
        }
        root.put("matches", matches);
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("briefing.json could not be written", e);
        }
    }
}

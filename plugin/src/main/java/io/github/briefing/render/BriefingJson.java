package io.github.briefing.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.briefing.describe.Article;
import io.github.briefing.group.Briefing;
import io.github.briefing.group.Figure;
import io.github.briefing.group.Story;
import io.github.briefing.match.Match;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code briefing.json}, the machine-readable export whose format DESIGN.md fixes (schema version 1). Written as
 * it is generated, one article, story or match at a time: at 100,000 articles with their texts the whole
 * document would be hundreds of megabytes held for nothing.
 */
final class BriefingJson {

    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private BriefingJson() {
    }

    static void write(Briefing briefing, SiteIndex index, boolean exportText, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeArrayFieldStart("articles");
            for (Article a : briefing.articles()) {
                JSON.writeValue(json, article(a, index, exportText));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("stories");
            for (Story s : briefing.stories()) {
                JSON.writeValue(json, story(s));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("matches");
            for (Match m : briefing.matches()) {
                JSON.writeValue(json, match(m));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static Map<String, Object> article(Article a, SiteIndex index, boolean exportText) {
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
        return o;
    }

    private static Map<String, Object> story(Story s) {
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
        return o;
    }

    private static Map<String, Object> match(Match m) {
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
        return o;
    }
}

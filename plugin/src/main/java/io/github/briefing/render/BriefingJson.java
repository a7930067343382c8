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
import java.util.List;

/**
 * {@code briefing.json}, the machine-readable export whose format DESIGN.md fixes (schema version 1). Written as
 * it is generated, one article, story or match at a time: at 100,000 articles with their texts the whole
 * document would be hundreds of megabytes held for nothing.
 */
final class BriefingJson {

    static final int SCHEMA_VERSION = 1;
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private BriefingJson() {
    }

    /** The articles' and the stories' lines of the last build of this process that kept them. */
    private static final KeptLines<ArticleLine> ARTICLES = new KeptLines<>(ArticleLine::id, BriefingJson::article);
    private static final KeptLines<Story> STORIES = new KeptLines<>(Story::id, BriefingJson::story);

    /**
     * @param inSeries whether builds come in series (with a cache): the lines as written are then kept for the next
     *                 build ({@link KeptLines}, {@link ExportedMatches})
     */
    static void write(Briefing briefing, SiteIndex index, boolean exportText, boolean inSeries, OutputStream out)
            throws IOException {
        // Written field by field: building a map per article, story and match for the data binder cost more than
        // writing them (the output is the same document). Each list is written by lines that a rebuild mostly takes
        // from the last build: the generator places the field, and the list's bytes go to the stream after it.
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new RecordLines());
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            field(json, "articles");
            ARTICLES.write(briefing.articles().stream().map(a -> ArticleLine.of(a, index, exportText)).toList(), out,
                    inSeries);
            field(json, "stories");
            STORIES.write(briefing.stories(), out, inSeries);
            field(json, "matches");
            ExportedMatches.LAST.write(briefing.matches(), out, inSeries);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /** Places a field whose value goes to the stream after it. */
    private static void field(JsonGenerator json, String name) throws IOException {
        json.writeFieldName(name);
        json.writeRawValue("");
        json.flush();
    }

    /** All that an article's line is written from. */
    record ArticleLine(String id, String url, String lang, String title, String date, String dateBasis, String outlet,
                       List<String> wires, String story, String dateline, String author, boolean withText,
                       String text) {

        /** The text is the article's only when the export carries the texts. */
        static ArticleLine of(Article a, SiteIndex index, boolean exportText) {
            Story story = index.storyOf.get(a.id());
            return new ArticleLine(a.id(), index.articleUrl(a.id()), a.lang(), a.titleDerived() ? null : a.title(),
                    BriefingJson.text(a.date()), a.dateBasis() == null ? null : a.dateBasis().label(), a.outlet(), a.wires(),
                    story == null ? null : story.id(), a.dateline(), a.author(), exportText,
                    exportText ? a.body() : null);
        }
    }

    private static void article(JsonGenerator json, ArticleLine a) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", a.id());
        json.writeStringField("url", a.url());
        json.writeStringField("lang", a.lang());
        json.writeStringField("title", a.title());
        json.writeStringField("date", a.date());
        json.writeStringField("dateBasis", a.dateBasis());
        json.writeStringField("outlet", a.outlet());
        strings(json, "wires", a.wires());
        json.writeStringField("story", a.story());
        json.writeStringField("dateline", a.dateline());
        json.writeStringField("author", a.author());
        if (a.withText()) {
            json.writeStringField("text", a.text());
        }
        json.writeEndObject();
    }

    private static void story(JsonGenerator json, Story s) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", s.id());
        json.writeStringField("title", s.title());
        json.writeStringField("firstDate", text(s.firstDate()));
        strings(json, "articles", s.articles());
        json.writeArrayFieldStart("figures");
        for (Figure f : s.figures()) {
            json.writeStartObject();
            json.writeStringField("value", f.value());
            json.writeBooleanField("approx", f.approx());
            json.writeStringField("date", text(f.date()));
            json.writeStringField("article", f.article());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    static void match(JsonGenerator json, Match m) throws IOException {
        json.writeStartObject();
        json.writeStringField("a", m.a());
        json.writeStringField("b", m.b());
        json.writeNumberField("score", m.score());
        json.writeStringField("relation", m.relation().label());
        json.writeBooleanField("crossLingual", m.crossLingual());
        json.writeObjectFieldStart("evidence");
        strings(json, "names", m.evidence().names());
        strings(json, "numbers", m.evidence().numbers());
        strings(json, "places", m.evidence().places());
        strings(json, "dates", m.evidence().dates());
        strings(json, "acronyms", m.evidence().acronyms());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A list of strings; null when there is none. */
    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        if (values == null) {
            json.writeNullField(field);
            return;
        }
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

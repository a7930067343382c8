package io.github.briefing.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Crawler output: a {@code .json} file with one article or an array of them, or {@code .jsonl} with one article
 * a line. A record's id is its own {@code id} field, else {@code <file id>#<line or index>}.
 */
final class JsonFormat implements ArticleFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final boolean linePerRecord;

    JsonFormat(boolean linePerRecord) {
        this.linePerRecord = linePerRecord;
    }

    @Override
    public List<RawArticle> parse(String fileId, Path file, String text, List<Problem> problems) {
        List<RawArticle> articles = new ArrayList<>();
        if (linePerRecord) {
            String[] lines = text.split("\r?\n|\r", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    int line = i + 1;
                    readTree(lines[i], file, line, problems)
                            .ifPresent(node -> record(node, fileId, "#" + line, file, line, articles, problems));
                }
            }
        } else {
            readTree(text, file, 0, problems).ifPresent(node -> {
                if (node.isArray() && node.isEmpty()) {
                    problems.add(new Problem(file, 0, "the JSON array holds no articles",
                            "Put article objects in it, or delete the file"));
                } else if (node.isArray()) {
                    for (int i = 0; i < node.size(); i++) {
                        record(node.get(i), fileId, "#" + i, file, 0, articles, problems);
                    }
                } else {
                    record(node, fileId, "", file, 0, articles, problems);
                }
            });
        }
        return articles;
    }

    private static java.util.Optional<JsonNode> readTree(String json, Path file, int line, List<Problem> problems) {
        try {
            return java.util.Optional.of(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            int at = line > 0 ? line : (e.getLocation() == null ? 0 : e.getLocation().getLineNr());
            String reason = e.getOriginalMessage().replaceAll("\\s+", " ");
            problems.add(new Problem(file, at, "malformed JSON: " + reason,
                    "Fix the JSON" + (line > 0 ? " on this line (one complete object per line)" : "")));
            return java.util.Optional.empty();
        }
    }

    private static void record(JsonNode node, String fileId, String suffix, Path file, int line,
                               List<RawArticle> out, List<Problem> problems) {
        String where = suffix.isEmpty() ? "the record" : "record " + suffix;
        if (!node.isObject()) {
            problems.add(new Problem(file, line, where + " is not a JSON object",
                    "Write each article as an object with at least a \"text\" field"));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isValueNode() && !value.isNull()) {
                fields.put(field.getKey(), value.asText());
            }
        });
        String text = Fields.first(fields, Fields.TEXT);
        if (text == null) {
            problems.add(new Problem(file, line, where + " has no text",
                    "Give each article its body in a \"text\" (or \"body\", \"content\") field"));
            return;
        }
        int before = problems.size();
        GivenFacts given = Fields.given(fields, file, line, problems);
        if (problems.size() > before) {
            return;
        }
        String id = fields.containsKey("id") && !fields.get("id").isBlank() ? fields.get("id").strip() : fileId + suffix;
        out.add(new RawArticle(id, file, line, Lines.normalize(text), given));
    }
}

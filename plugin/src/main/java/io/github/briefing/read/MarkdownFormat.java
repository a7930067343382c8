package io.github.briefing.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Markdown with YAML front matter: metadata from the front matter, the body as plain paragraphs. */
final class MarkdownFormat implements ArticleFormat {

    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create()))).build();
    private static final YAMLFactory YAML = new YAMLFactory();
    /** What a front matter line may look like: a key, a list item, a continuation, or a comment. */
    private static final Pattern FRONT_MATTER_LINE =
            Pattern.compile("\\s*(#.*|-\\s.*|-|[\\w.-]+\\s*:.*|\\s+\\S.*)?");

    @Override
    public List<RawArticle> parse(String fileId, Path file, String text, List<Problem> problems) {
        String normalized = Lines.normalize(text);
        int before = problems.size();
        checkFrontMatter(file, normalized, problems);
        if (problems.size() > before) {
            return List.of();
        }
        Document document;
        try {
            document = PARSER.parse(BasedSequence.of(ParseDeadline.of(normalized,
                    ParseDeadline.budgetFor(normalized.length()))));
        } catch (ParseDeadline.Expired e) {
            problems.add(new Problem(file, 0, "the Markdown parser gave up on this file after "
                    + ParseDeadline.budgetFor(normalized.length()).toSeconds() + " s (a '[' followed by a long run of "
                    + "backslashes makes it search without end)",
                    "Remove or shorten the runs of backslashes, or save the article as .txt"));
            return List.of();
        }
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(document);
        Map<String, String> fields = new LinkedHashMap<>();
        visitor.getData().forEach((key, values) -> fields.put(key, String.join(", ",
                values.stream().map(MarkdownFormat::value).toList())));
        GivenFacts given = Fields.given(fields, file, 1, problems);
        if (problems.size() > before) {
            return List.of();
        }

        List<String> paragraphs = new ArrayList<>();
        TextCollectingVisitor collector = new TextCollectingVisitor();
        for (Node block : document.getChildren()) {
            if (!(block instanceof YamlFrontMatterBlock)) {
                String paragraph = collector.collectAndGetText(block).strip();
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                }
            }
        }
        if (paragraphs.isEmpty()) {
            problems.add(new Problem(file, 0, "the Markdown file has no body text",
                    "Write the article's text below the front matter"));
            return List.of();
        }
        return List.of(new RawArticle(fileId, file, 0, String.join("\n\n", paragraphs), given));
    }

    /** flexmark is lenient: an unclosed block or a line that is not YAML would silently become body text. */
    private static void checkFrontMatter(Path file, String text, List<Problem> problems) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return;
        }
        int close = 1;
        while (close < lines.length && !lines[close].strip().equals("---") && !lines[close].strip().equals("...")) {
            close++;
        }
        if (close == lines.length) {
            problems.add(new Problem(file, 1, "the front matter opened with '---' is never closed",
                    "End the front matter with a line '---' before the article text"));
            return;
        }
        for (int i = 1; i < close; i++) {
            if (!FRONT_MATTER_LINE.matcher(lines[i]).matches()) {
                problems.add(new Problem(file, i + 1, "the front matter line '" + lines[i].strip()
                        + "' is not YAML 'key: value'", "Write it as 'key: value', or quote the value"));
                return;
            }
            String problem = quotingProblem(lines[i]);
            if (problem != null) {
                problems.add(new Problem(file, i + 1, "the quoted value on the front matter line '" + lines[i].strip()
                        + "' is not YAML: " + problem, "Close the quote at the end of the value (a quote inside it is "
                        + "written \\\" between double quotes, '' between single ones), or remove the quotes"));
                return;
            }
        }
    }

    /**
     * What YAML finds wrong with a line's quoted value, or null: a value is taken as written unless it opens with a
     * quote mark (a title with a colon in it need not be quoted, as strict YAML would want).
     */
    private static String quotingProblem(String line) {
        String value = valueOf(line);
        if (value == null || !quoted(value)) {
            return null;
        }
        try {
            unquoted(value);
            return null;
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage().lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string has no I/O to fail
        }
    }

    /** The value a front matter line writes: after a key's colon or a list item's dash; null for other lines. */
    private static String valueOf(String line) {
        String item = line.strip();
        if (item.startsWith("- ")) {
            return item.substring(2);
        }
        int colon = line.indexOf(':');
        return colon < 0 || line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '#' ? null
                : line.substring(colon + 1);
    }

    private static boolean quoted(String value) {
        String v = value.strip();
        return !v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'');
    }

    /** A quoted value as YAML reads it (quotes taken off, escapes read, a comment after it dropped). */
    private static String unquoted(String value) throws IOException {
        try (JsonParser parser = YAML.createParser("value: " + value.strip())) {
            JsonToken token = parser.nextToken();
            while (token != null && token != JsonToken.VALUE_STRING) {
                token = parser.nextToken();
            }
            String text = parser.getText();
            while (parser.nextToken() != null) {
                // reads to the end, where an unclosed quote is found
            }
            return text;
        }
    }

    /** A front matter value as the article's metadata: quoted ones as YAML reads them, others as written. */
    private static String value(String written) {
        try {
            return quoted(written) ? unquoted(written) : written;
        } catch (IOException e) {
            return written; // the line check reported it, and the file was left out
        }
    }
}

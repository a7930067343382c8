package io.github.briefing.read;

import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

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
        visitor.getData().forEach((key, values) -> fields.put(key, String.join(", ", values)));
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
        }
    }
}

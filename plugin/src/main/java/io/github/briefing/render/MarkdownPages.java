package io.github.briefing.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The user's own pages (about.md and the like), Markdown rendered with flexmark. Raw HTML in them is escaped:
 * pages travel between people like articles do.
 */
final class MarkdownPages {

    /** One page: its slug (file name without .md), title and HTML body. */
    record Page(String slug, String title, String html) {
    }

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    private MarkdownPages() {
    }

    static List<Page> read(Path folder) {
        List<Page> pages = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return pages;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Document doc = PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));
                neutraliseUnsafeLinks(doc);
                AbstractYamlFrontMatterVisitor front = new AbstractYamlFrontMatterVisitor();
                front.visit(doc);
                String name = file.getFileName().toString().replaceFirst("\\.md$", "");
                List<String> title = front.getData().get("title");
                pages.add(new Page(Slugs.slug(name), title == null || title.isEmpty() ? capitalise(name) : title.get(0),
                        HTML.render(doc)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the pages folder " + folder, e);
        }
        return pages;
    }

    /** A javascript: or data: link would run in the reader's browser: it becomes a link to nowhere. */
    private static void neutraliseUnsafeLinks(Document doc) {
        for (Node node : doc.getDescendants()) {
            if (node instanceof LinkNodeBase link && !isSafe(link.getUrl().toString())) {
                link.setUrl(BasedSequence.of("#"));
            }
        }
    }

    /** Web, mail and relative links; no scheme that runs or embeds content. */
    static boolean isSafe(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
        int colon = u.indexOf(':');
        int slash = u.indexOf('/');
        boolean hasScheme = colon > 0 && (slash < 0 || colon < slash);
        return !hasScheme || u.startsWith("http:") || u.startsWith("https:") || u.startsWith("mailto:");
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
    }
}

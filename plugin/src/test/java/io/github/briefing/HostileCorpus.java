package io.github.briefing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A content folder whose every field carries a payload that would change the page if it ran: scripts, event
 * handlers, javascript: and data: links, template expressions, path traversal in ids and outlets.
 */
public final class HostileCorpus {

    public static final String SCRIPT = "<script>document.title='owned';window.owned=1</script>";
    public static final String HANDLER = "<img src=x onerror=\"document.body.dataset.owned=1;window.owned=1\">";
    public static final List<String> TEMPLATE_EXPRESSIONS =
            List.of("[[${7*7}]]", "[(${7*7})]", "__${7*7}__", "${T(java.lang.Runtime).getRuntime()}");

    private HostileCorpus() {
    }

    public static void write(Path content, String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Articles in every format, sources.yml and a page, each carrying the payloads. */
    public static void writeAll(Path content) throws IOException {
        String expressions = String.join(" ", TEMPLATE_EXPRESSIONS);
        write(content, "articles/plain.txt", "Officials " + SCRIPT + " say floods hit the city of Lyon\n\n"
                + "Officials in Lyon said on Monday that floods had forced 1,200 people from their homes " + HANDLER
                + " while rescue teams worked through the night along the Rhone river.\n\n"
                + "The mayor said " + expressions + " damage would be assessed by Friday, and 35 schools stayed shut.");
        write(content, "articles/front.md", "---\ntitle: \"" + SCRIPT.replace("\"", "'") + " " + expressions + "\"\n"
                + "outlet: \"../../../escape\"\nurl: \"javascript:alert(1)\"\nlang: fr\n---\n"
                + "Des inondations ont chassé 1 200 personnes de leurs maisons à Lyon lundi, selon les autorités, "
                + "tandis que les secours travaillaient toute la nuit le long du Rhône.\n\n"
                + "<script>document.title='owned'</script>\n\n[click](javascript:alert(1)) and <b onclick=\"x()\">bold</b>\n");
        write(content, "articles/records.jsonl", "{\"id\": \"../../outside\", \"title\": \"" + HANDLER.replace("\"", "\\\"")
                + "\", \"text\": \"Rescue teams in Lyon moved 1,200 people on Monday as the Rhone rose, officials said, "
                + "and 35 schools closed.\", \"url\": \"data:text/html,<script>alert(1)</script>\", "
                + "\"outlet\": \"<b>Outlet</b>\", \"lang\": \"en\"}\n"
                + "{\"id\": \"../../outside/\", \"text\": \"A second record whose id slugs like the first one, about Lyon "
                + "and the Rhone floods that moved 1,200 people.\", \"lang\": \"en\"}\n");
        write(content, "sources.yml", "evil:\n  name: \"" + SCRIPT.replace("\"", "'") + "\"\n  homepage: \"javascript:alert(1)\"\n");
        write(content, "pages/about.md", "# About\n\n" + SCRIPT + "\n\n[x](javascript:alert(1)) [y](data:text/html,hi) "
                + "[z](JavaScript:void) ![i](data:image/svg+xml,x) [fine](https://example.org/a)\n");
    }

}

package io.github.briefing.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Serves the built site's files. HTML pages get a small script that reloads the tab when the site is rebuilt, or
 * shows why it was not; the script is added on the way out only, so the built files stay exactly as {@code generate}
 * writes them.
 */
final class SiteHandler implements HttpHandler {

    /**
     * Reloads the tab after a rebuild; after a failed one, shows why in a box over the page (a text node: the
     * message quotes the user's files), which the reload after the next good rebuild takes away.
     */
    static final String RELOAD_SCRIPT = "<script>(function () { var events = new EventSource('" + ReloadEvents.PATH
            + "'); events.onmessage = function (e) { if (e.data === 'reload') location.reload(); };"
            + " events.addEventListener('" + ReloadEvents.PROBLEM + "', function (e) {"
            + " var box = document.getElementById('briefing-problem'); if (!box) {"
            + " box = document.createElement('pre'); box.id = 'briefing-problem'; box.setAttribute('role', 'alert');"
            + " box.style.cssText = 'position:fixed;left:0;right:0;bottom:0;margin:0;max-height:50vh;overflow:auto;"
            + "z-index:2147483647;padding:1em 1.25em;background:#fff4f2;color:#5c0a00;border-top:4px solid #b3261e;"
            + "font:14px/1.45 ui-monospace,monospace;white-space:pre-wrap';"
            + " document.body.appendChild(box); } box.textContent = e.data; }); })();</script>";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg");
    private final Path site;
    private final ReloadEvents events;

    SiteHandler(Path site, ReloadEvents events) {
        this.site = site.toAbsolutePath().normalize();
        this.events = events;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        if (uri.getPath().equals(ReloadEvents.PATH)) {
            events.open(exchange); // stays open: the stream is closed when the tab or the server goes
            return;
        }
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = file(uri.getPath());
            if (file == null) {
                Path notFound = site.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                        : "Not found\n".getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, type(notFound), withReload(notFound, body));
                return;
            }
            send(exchange, 200, type(file), withReload(file, Files.readAllBytes(file)));
        }
    }

    /** The file a URL path names inside the site (a folder means its index.html), or null. */
    private Path file(String urlPath) {
        Path file = site.resolve(urlPath.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static byte[] withReload(Path file, byte[] body) {
        if (!file.toString().endsWith(".html")) {
            return body;
        }
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String served = end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
        return served.getBytes(StandardCharsets.UTF_8);
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

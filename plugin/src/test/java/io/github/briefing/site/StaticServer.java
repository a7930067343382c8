package io.github.briefing.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A site folder served on 127.0.0.1 below a sub-path, as a static host would serve it: missing files get the
 * site's 404.html with status 404. The sub-path proves that every link is relative.
 */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png");
    private final HttpServer server;
    private final String prefix;

    StaticServer(Path site, String prefix) throws IOException {
        this.prefix = prefix;
        Path root = site.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> serve(exchange, root));
        server.start();
    }

    /** The address of a page, relative to the site root. */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + page;
    }

    private void serve(HttpExchange exchange, Path root) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath().substring(prefix.length()), StandardCharsets.UTF_8);
        Path file = root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type",
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

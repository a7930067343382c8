package io.github.briefing.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent event stream open tabs listen to: one "reload" event after every successful rebuild. A tab that
 * has gone away is dropped on the next send.
 */
final class ReloadEvents {

    static final String PATH = "/_briefing/events";
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    void reload() {
        for (OutputStream out : listeners) {
            try {
                out.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
                close(out);
            }
        }
    }

    void closeAll() {
        listeners.forEach(ReloadEvents::close);
        listeners.clear();
    }

    private static void close(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the tab is gone already; nothing to tell anyone
        }
    }
}

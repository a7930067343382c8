package io.github.briefing.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The server-sent event stream open tabs listen to: a "reload" after every successful rebuild, and a "problem" with
 * what stopped a rebuild, which a tab shows over the last good build's page until the next rebuild succeeds (a tab
 * opened meanwhile is told at once). A tab that has gone away is dropped on the next send.
 */
final class ReloadEvents {

    static final String PATH = "/_briefing/events";
    /** The name of the event that carries a failed rebuild's message. */
    static final String PROBLEM = "problem";
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    /** The event telling why the last rebuild failed, while the site served is older than the sources; else null. */
    private byte[] pending;

    synchronized void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        if (pending != null) {
            out.write(pending);
        }
        out.flush();
        listeners.add(out);
    }

    synchronized void reload() {
        pending = null;
        send("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
    }

    /** Tells open tabs, and tabs opened until the next successful rebuild, why the site was not rebuilt. */
    synchronized void problem(String message) {
        StringBuilder event = new StringBuilder("event: " + PROBLEM + "\n");
        // An event's data is one field per line; a line break inside a field would end it.
        message.lines().forEach(line -> event.append("data: ").append(line).append('\n'));
        pending = event.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        send(pending);
    }

    private void send(byte[] event) {
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException gone) {
                listeners.remove(out);
                close(out);
            }
        }
    }

    synchronized void closeAll() {
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

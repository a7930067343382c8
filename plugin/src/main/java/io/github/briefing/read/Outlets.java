package io.github.briefing.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The outlets of {@code sources.yml}, found by key, by name or by a URL's host. The file maps a key to a display
 * name, or to {@code name}, {@code homepage}, {@code country} and {@code hosts}:
 * <pre>
 * mercopress: MercoPress
 * sahar:
 *   name: Sahar News
 *   homepage: https://www.sahartv.ir
 *   country: IR
 * </pre>
 */
public final class Outlets {

    public static final Outlets NONE = new Outlets(List.of());
    private final Map<String, Outlet> byAlias = new LinkedHashMap<>();

    Outlets(List<Outlet> outlets) {
        for (Outlet outlet : outlets) {
            byAlias.putIfAbsent(alias(outlet.key()), outlet);
            byAlias.putIfAbsent(alias(outlet.name()), outlet);
            outlet.hosts().forEach(host -> byAlias.putIfAbsent(alias(host), outlet));
            host(outlet.homepage()).ifPresent(host -> byAlias.putIfAbsent(alias(host), outlet));
        }
    }

    /** The outlet a key, name or host names. */
    public Optional<Outlet> find(String keyOrName) {
        return keyOrName == null ? Optional.empty() : Optional.ofNullable(byAlias.get(alias(keyOrName)));
    }

    /** The outlet whose host (or a parent domain of it) serves the URL. */
    public Optional<Outlet> forUrl(String url) {
        Optional<String> host = host(url);
        for (String h = host.orElse(null); h != null && h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            Outlet outlet = byAlias.get(alias(h));
            if (outlet != null) {
                return Optional.of(outlet);
            }
        }
        return Optional.empty();
    }

    /** The host of a URL without a leading {@code www.}, lower case. */
    public static Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip().contains("://") ? url.strip() : "http://" + url.strip()).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String alias(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    }

    /** Reads {@code sources.yml}; a missing file is no outlets, a broken one a problem. */
    static Outlets read(Path file, List<Problem> problems) {
        if (file == null || !Files.isRegularFile(file)) {
            return NONE;
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            problems.add(new Problem(file, 0, "sources.yml is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""),
                    "Fix the YAML: each outlet is 'key: Name' or 'key:' with name/homepage/country below it"));
            return NONE;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return NONE;
        }
        if (!root.isObject()) {
            problems.add(new Problem(file, 1, "sources.yml must map outlet keys to outlets",
                    "Write one outlet per key, for example 'mercopress: MercoPress'"));
            return NONE;
        }
        List<Outlet> outlets = new ArrayList<>();
        root.fields().forEachRemaining(entry -> {
            JsonNode v = entry.getValue();
            if (v.isTextual()) {
                outlets.add(new Outlet(entry.getKey(), v.asText(), null, null, List.of()));
            } else if (v.isObject()) {
                List<String> hosts = new ArrayList<>();
                v.path("hosts").forEach(h -> hosts.add(h.asText()));
                outlets.add(new Outlet(entry.getKey(), text(v, "name", entry.getKey()), text(v, "homepage", null),
                        text(v, "country", null), hosts));
            } else {
                problems.add(new Problem(file, 0, "the outlet '" + entry.getKey() + "' has no name",
                        "Write 'key: Name', or give it a 'name:' field"));
            }
        });
        return new Outlets(outlets);
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? otherwise : v.asText().strip();
    }
}

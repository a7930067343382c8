package io.github.briefing.read;

import java.util.List;

/** An outlet as the user describes it in {@code sources.yml}: a display name, homepage, country and URL hosts. */
public record Outlet(String key, String name, String homepage, String country, List<String> hosts) {

    public Outlet {
        hosts = List.copyOf(hosts);
    }
}

package io.github.briefing.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parts of every page around its content, the fragments {@code masthead} and {@code colophon} of the template
 * {@code frame}, which the layout inserts as ready text. Rendered with each page (some 30 elements and 20 expressions),
 * they were the same on all pages of a folder. So the theme's frame is rendered once per
 * {@code root} and {@code section}, from those two and the site's settings and Markdown pages alone (it is given no
 * more, so no more can make it differ between pages), and its text kept. A {@code frame.html} of the user's is
 * rendered for every page, from the page's whole model, as any template of theirs.
 */
final class Frame {

    static final String TEMPLATE = "frame";
    private static final List<String> PARTS = List.of("masthead", "colophon");
    private final Templates templates;
    private final Map<String, Object> common;
    private final boolean own;
    private final Map<List<String>, Map<String, Object>> kept = new ConcurrentHashMap<>();

    /** @param common what every page's model holds (the site's settings, the Markdown pages) */
    Frame(Templates templates, Map<String, Object> common) {
        this.templates = templates;
        this.common = common;
        this.own = templates.own(TEMPLATE);
    }

    /**
     * Where a page stands in the site, as much as the theme's masthead reads of it: its path when it is at the site's
     * top or a folder's index page, else its folder ("articles/").
     */
    static String section(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 || path.endsWith("/index.html") ? path : path.substring(0, slash + 1);
    }

    /** The frame's parts for a page, by name, from its whole model (which holds {@code root} and {@code section}). */
    Map<String, Object> around(Map<String, Object> page) {
        if (own) {
            return render(page);
        }
        String root = (String) page.get("root");
        String section = (String) page.get("section");
        return kept.computeIfAbsent(List.of(root, section), k -> {
            Map<String, Object> model = new HashMap<>(common);
            model.put("root", root);
            model.put("section", section);
            return render(model);
        });
    }

    private Map<String, Object> render(Map<String, Object> model) {
        Map<String, Object> parts = new HashMap<>();
        PARTS.forEach(part -> parts.put(part, templates.fragment(TEMPLATE, part, model)));
        return parts;
    }
}

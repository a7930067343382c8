package io.github.briefing.site;

import io.github.briefing.HostileCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proof in a real browser that nothing from content runs: every page of a site built from a corpus full of
 * payloads is opened, and none of them changed the page (a payload sets window.owned, the title or a data
 * attribute, or opens a dialog, which would stall the page load).
 */
class HostileSiteIT {

    private static Chromium browser;
    private static StaticServer server;
    private static Path site;

    @BeforeAll
    static void start() throws Exception {
        Path content = BuiltSites.TARGET.resolve("hostile-content");
        BuiltSites.deleteTree(content);
        HostileCorpus.writeAll(content);
        site = BuiltSites.build(content.resolve("articles"), BuiltSites.TARGET.resolve("hostile"), content);
        browser = Chromium.launch();
        server = new StaticServer(site, "/hostile/");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.close();
        }
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPayloadRunsOnAnyPage() {
        List<String> pages = BuiltSites.files(site).stream().filter(f -> f.endsWith(".html")).toList();
        assertTrue(pages.size() > 8, "the hostile site was built: " + pages);
        List<String> changed = new ArrayList<>();
        for (String page : pages) {
            browser.open(server.url(page));
            boolean owned = browser.eval("typeof window.owned !== 'undefined' || document.title === 'owned'"
                    + " || document.body.dataset.owned !== undefined").asBoolean();
            if (owned) {
                changed.add(page);
            }
        }
        assertTrue(changed.isEmpty(), "payloads ran on " + changed);
    }

    @Test
    void theCheckWouldSeeAPayloadRun() {
        browser.open("data:text/html,<html><body>" + HostileCorpus.HANDLER + "</body></html>");
        assertFalse(browser.eval("typeof window.owned === 'undefined'").asBoolean(),
                "the same payload, unescaped, does run: the check above is not vacuous");
    }
}

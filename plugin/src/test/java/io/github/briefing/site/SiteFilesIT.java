package io.github.briefing.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built sites as files: links, self-containment, valid HTML, feeds, sitemap, reproducibility. */
class SiteFilesIT {

    private static final Pattern LINK = Pattern.compile("<(\\w+)[^>]*?\\s(?:href|src)=\"([^\"]*)\"");
    private static final Set<String> LINK_ELEMENTS = Set.of("a");

    static Path site(String name) {
        return name.equals("seed") ? BuiltSites.seed() : BuiltSites.larger();
    }

    static List<String> pages(Path site) {
        return BuiltSites.files(site).stream().filter(f -> f.endsWith(".html")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "larger"})
    void everyInternalLinkResolvesAndNoAssetComesFromAnotherHost(String name) throws IOException {
        Path site = site(name);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : pages(site)) {
            Matcher m = LINK.matcher(Files.readString(site.resolve(page)));
            while (m.find()) {
                String element = m.group(1);
                String target = m.group(2).replace("&amp;", "&");
                if (target.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    if (!LINK_ELEMENTS.contains(element) || !target.matches("(?i)https?://.*")) {
                        broken.add(page + ": <" + element + "> loads " + target + " from elsewhere");
                    }
                    continue;
                }
                if (target.startsWith("/")) {
                    broken.add(page + ": " + target + " is absolute; the site must work from any sub-path");
                    continue;
                }
                String path = target.replaceAll("[#?].*$", "");
                if (!path.isEmpty()) {
                    checked++;
                    Path resolved = site.resolve(page).getParent().resolve(URI.create(path).getPath()).normalize();
                    if (!resolved.startsWith(site) || !Files.isRegularFile(resolved)) {
                        broken.add(page + ": " + target + " does not resolve");
                    }
                }
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertTrue(checked > pages(site).size(), "every page links somewhere: " + checked + " links checked");
    }

    /** Every page of the seed site, and one page of every kind of the larger one (all would take minutes). */
    @ParameterizedTest
    @ValueSource(strings = {"seed", "larger"})
    void pagesAreValidHtml(String name) throws Exception {
        Path site = site(name);
        List<String> pages = name.equals("seed") ? pages(site) : BuiltSites.pageKinds(site);
        List<String> errors = errors(pages, site);
        assertTrue(errors.isEmpty(), errors.size() + " validation errors:\n" + String.join("\n", errors));
    }

    /** The Nu validator's errors (anything but information and warnings) in the given pages. */
    private static List<String> errors(List<String> pages, Path site) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            JsonNode report = json.readTree(validator.validate(site.resolve(page)));
            for (JsonNode message : report.path("messages")) {
                if (!"info".equals(message.path("type").asText())) {
                    errors.add(page + ":" + message.path("lastLine").asText() + ": " + message.path("message").asText());
                }
            }
        }
        return errors;
    }

    @Test
    void theValidatorReportsAnInvalidPage() throws Exception {
        Path page = BuiltSites.TARGET.resolve("invalid.html");
        Files.createDirectories(page.getParent());
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><main><span aria-label=\"label\">x</span><p><div></div></p></main></body></html>");
        assertFalse(errors(List.of("invalid.html"), BuiltSites.TARGET).isEmpty(), "the check would catch an error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "larger"})
    void feedsExistForTheSiteEveryStoryAndEverySourceAndParseAsXml(String name) throws Exception {
        Path site = site(name);
        JsonNode briefing = new ObjectMapper().readTree(site.resolve("briefing.json").toFile());
        List<String> files = BuiltSites.files(site);
        List<String> feeds = files.stream().filter(f -> f.endsWith(".xml")).toList();
        long sources = files.stream().filter(f -> f.startsWith("sources/") && !f.equals("sources/index.html")).count();
        assertEquals(1 + briefing.path("stories").size() + sources + 1, feeds.size(),
                "feed.xml, one feed per story and per source, and sitemap.xml: " + feeds);
        var parser = DocumentBuilderFactory.newInstance();
        parser.setNamespaceAware(true);
        for (String feed : feeds) {
            var doc = parser.newDocumentBuilder().parse(site.resolve(feed).toFile());
            String root = doc.getDocumentElement().getLocalName();
            assertTrue(Set.of("feed", "urlset").contains(root), feed + " has root " + root);
        }
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        for (JsonNode article : briefing.path("articles")) {
            assertTrue(sitemap.contains(article.path("url").asText()), "the sitemap lists " + article.path("url"));
        }
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws IOException {
        Path first = BuiltSites.build(BuiltSites.content().resolve("articles"), BuiltSites.TARGET.resolve("again-1"));
        Path second = BuiltSites.build(BuiltSites.content().resolve("articles"), BuiltSites.TARGET.resolve("again-2"));
        List<String> files = BuiltSites.files(first);
        assertEquals(files, BuiltSites.files(second));
        for (String file : files) {
            assertTrue(Arrays.equals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file))),
                    file + " differs between two builds");
        }
    }
}

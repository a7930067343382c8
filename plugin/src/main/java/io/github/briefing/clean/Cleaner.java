package io.github.briefing.clean;

import io.github.briefing.read.RawArticle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The clean stage: separates what a reader came for (headline, body, captions) from what the page wrapped around
 * it (navigation, promos, teasers, footers, a body scraped twice). Decisions come from line features and from
 * repetition, never from the wording of particular sites.
 */
public final class Cleaner {

    /** Teaser headings only count in the later part of a page; early on they are navigation. */
    private static final double TEASER_FROM = 0.4;
    private final SharedLines shared;

    public Cleaner(SharedLines shared) {
        this.shared = shared;
    }

    public CleanArticle clean(RawArticle raw) {
        List<String> lines = new ArrayList<>();
        for (String line : raw.text().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        List<String> removed = new ArrayList<>();
        int end = teaserStart(lines);
        removed.addAll(lines.subList(end, lines.size()));
        lines = lines.subList(0, end);

        int firstProse = firstProse(lines);
        String headline = headline(lines, firstProse);
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> captionKeys = captionKeys(lines, firstProse);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String key = LineKey.of(line);
            if (captionKeys.contains(key)) {
                if (seen.add(key)) {
                    captions.add(line);
                }
            } else if (!seen.add(key) || line.equals(headline) || isBoilerplate(line, headline)
                    || (i < firstProse && !LineFeatures.isProse(line))) {
                removed.add(line);
            } else {
                paragraphs.add(line);
            }
        }
        return new CleanArticle(raw, headline, paragraphs, captions, removed);
    }

    private boolean isBoilerplate(String line, String headline) {
        return shared.isTemplate(line) || LineFeatures.isPrompt(line) || LineFeatures.isDecoration(line)
                || LineFeatures.isBreadcrumb(line) || LineFeatures.isLabel(line)
                || (headline != null && line.endsWith(headline) && line.length() < headline.length() + 40);
    }

    private static int teaserStart(List<String> lines) {
        for (int i = (int) (lines.size() * TEASER_FROM); i < lines.size(); i++) {
            if (LineFeatures.isTeaserHeading(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    private static int firstProse(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (LineFeatures.isProse(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The headline is the last line before the body that reads like one: a few words, no sentence end, not a
     * prompt or a breadcrumb. A scraped page shows it right above the lead.
     */
    private String headline(List<String> lines, int firstProse) {
        for (int i = Math.min(firstProse, lines.size()) - 1; i >= 0; i--) {
            String line = LineFeatures.withoutLeadingDate(lines.get(i));
            if (!line.equals(lines.get(i)) || !LineFeatures.hasDateOrTime(line)) {
                int words = LineFeatures.words(line);
                if (words >= 3 && words <= 25 && !line.endsWith(".") && !line.endsWith("?")
                        && !LineFeatures.isPrompt(line) && !LineFeatures.isBreadcrumb(line)
                        && !shared.isTemplate(line) && !LineFeatures.isDecoration(line)) {
                    return line;
                }
            }
        }
        return null;
    }

    /** A long line shown twice before the body is a photo's alt text and caption. */
    private static Set<String> captionKeys(List<String> lines, int firstProse) {
        Set<String> keys = new HashSet<>();
        Set<String> early = new HashSet<>();
        for (int i = 0; i < Math.min(firstProse + 3, lines.size()); i++) {
            String key = LineKey.of(lines.get(i));
            if (!early.add(key) && LineFeatures.words(lines.get(i)) >= 8) {
                keys.add(key);
            }
        }
        return keys;
    }
}

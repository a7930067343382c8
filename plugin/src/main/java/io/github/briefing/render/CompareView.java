package io.github.briefing.render;

import java.util.List;

/** A translation pair side by side: its match and the aligned paragraphs, shared anchors marked. */
public record CompareView(MatchView match, String url, List<AlignedRow> rows) {
}

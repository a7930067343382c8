package io.github.briefing.match;

/** How two matched articles relate. */
public enum Relation {
    /** One is a translation (or a wire copy) of the other: nearly all anchors agree. */
    TRANSLATION("translation"),
    /** Same development, told independently. */
    SAME_STORY("same-story"),
    /** Same event, another development (other figures, other dates). */
    RELATED("related");

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** The name used in {@code briefing.json}. */
    public String label() {
        return label;
    }

    public boolean sameStory() {
        return this != RELATED;
    }
}

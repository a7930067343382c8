package io.github.briefing.analyse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameKeyTest {

    @Test
    void oneNameInSeveralSpellingsAndScriptsHasOneKey() {
        assertEquals(NameKey.of("Guaido"), NameKey.of("Guaidó"));
        assertEquals(NameKey.of("Guaido"), NameKey.of("Гуайдо"));
        assertEquals(NameKey.of("Colombia"), NameKey.of("Kolombia"));
        assertEquals(NameKey.of("Schröder"), NameKey.of("Shroder"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Madrid"), NameKey.of("Maduro"));
        assertNotEquals(NameKey.of("Berlin"), NameKey.of("Bern"));
    }

    @Test
    void skeletonsMeetAcrossASyllabary() {
        assertEquals(NameKey.skeleton("Trump"), NameKey.skeleton("トランプ"));
        assertEquals(NameKey.skeleton("Biden"), NameKey.skeleton("バイデン"));
        assertEquals(NameKey.skeleton("Johnson"), NameKey.skeleton("ジョンソン"));
        assertNotEquals(NameKey.skeleton("Trump"), NameKey.skeleton("Biden"));
    }

    @Test
    void tooShortASkeletonIsNone() {
        assertEquals("", NameKey.skeleton("Abe"));
    }
}

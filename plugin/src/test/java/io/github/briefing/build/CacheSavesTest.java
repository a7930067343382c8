package io.github.briefing.build;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CacheSavesTest {

    @Test
    void aSaveRunsBesideTheBuildAndIsWrittenWhenTheBuildFinishes() throws InterruptedException {
        CountDownLatch buildGoesOn = new CountDownLatch(1);
        AtomicBoolean written = new AtomicBoolean();
        Thread[] savedOn = new Thread[1];
        try (CacheSaves saves = new CacheSaves()) {
            saves.start(() -> {
                savedOn[0] = Thread.currentThread();
                try {
                    // the save waits for the build to go on: run on the build's own thread, it would never end
                    buildGoesOn.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.set(true);
            });
            buildGoesOn.countDown();
            saves.finish();
        }
        assertTrue(written.get(), "finish waits for every save");
        assertNotSame(Thread.currentThread(), savedOn[0]);
    }

    @Test
    void aSavesOwnFailureFailsTheBuild() {
        try (CacheSaves saves = new CacheSaves()) {
            saves.start(() -> {
                throw new IllegalArgumentException("a key holds a line break");
            });
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, saves::finish);
            assertEquals("a key holds a line break", failure.getMessage());
        }
    }
}

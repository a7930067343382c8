package io.github.briefing.render;

import io.github.briefing.cache.PageCache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Writes the files of a site below one folder, and refuses any path that would leave it. Pages may be written from
 * several threads at once.
 */
final class SiteWriter {

    private final Path root;
    private final PageCache previous;
    private final List<String> written = Collections.synchronizedList(new ArrayList<>());
    /**
     * The folders made (or found) so far: creating a folder that is there costs a failed system call, an exception
     * and a second call, for each of the site's 20,000 pages in a handful of folders.
     */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** @param previous the last build's pages, to take unchanged ones from; null renders every page */
    SiteWriter(Path root, PageCache previous) {
        this.root = root.toAbsolutePath().normalize();
        this.previous = previous;
    }

    /**
     * Writes a page: keeps the last build's file when it was rendered from the same {@code fingerprint} (it is not
     * written here, and stays in the site folder), else writes what {@code text} renders, as it is rendered. Without a previous build the fingerprint is never taken: on
     * a page listing 100,000 articles it costs more than the page.
     */
    void page(String relative, Supplier<String> fingerprint, Text text) {
        if (previous != null && previous.reuse(relative, fingerprint.get())) {
            written.add(relative);
        } else {
            stream(relative, false, out -> {
                Writer page = new PageText(out);
                text.writeTo(page);
                page.close();
            });
        }
    }

    /**
     * Writes a file as {@link #page} writes a page: the last build's file is kept when it has the same
     * {@code fingerprint}, and {@code content} is asked for only when the file is written.
     */
    void file(String relative, String fingerprint, Supplier<byte[]> content) {
        if (previous != null && previous.reuse(relative, fingerprint)) {
            written.add(relative);
        } else {
            write(relative, content.get());
        }
    }

    /** Something that writes a page's text as it renders it. */
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    void write(String relative, String content) {
        write(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    void write(String relative, byte[] content) {
        Path target = inside(relative);
        try {
            folder(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new SiteWriteException(target, e);
        }
        written.add(relative);
    }

    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    private Path inside(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("refusing to write outside the site: " + relative);
        }
        return target;
    }

    /** The relative paths written so far, sorted: pages rendered in parallel finish in any order. */
    List<String> written() {
        synchronized (written) {
            return written.stream().sorted().toList();
        }
    }

    /** Something that writes a file's bytes as it generates them. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file as {@code content} generates it, for files too large to hold whole. */
    void stream(String relative, Content content) {
        stream(relative, true, content);
    }

    private void stream(String relative, boolean buffered, Content content) {
        Path target = inside(relative);
        try {
            folder(target.getParent());
            try (OutputStream file = Files.newOutputStream(target);
                 OutputStream out = buffered ? new BufferedOutputStream(file, 1 << 16) : file) {
                content.writeTo(out);
            }
        } catch (IOException e) {
            throw new SiteWriteException(target, e);
        } catch (RuntimeException e) {
            // A template engine writing the page reports the file's failure wrapped in its own exception; a
            // template of the user's that failed to read is theirs to fix as such.
            IOException io = SiteWriteException.ioCause(e);
            if (io == null || e instanceof TemplateFailure) {
                throw e;
            }
            throw new SiteWriteException(target, io);
        }
        written.add(relative);
    }
}

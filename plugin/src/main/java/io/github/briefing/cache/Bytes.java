package io.github.briefing.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The caches' binary files: a body, then its CRC-32C, so that a damaged file is known as one and ignored rather
 * than read as other values; strings as UTF-8 with their length first, and every length or count read checked
 * against the bytes left, so that bytes of another form fail fast with an exception instead of asking for
 * gigabytes.
 */
final class Bytes {

    private Bytes() {
    }

    /** What a cache file holds, written in one go. */
    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    /**
     * Writes {@code body} and its checksum to a file of its own beside {@code file}, swapped in when complete, so
     * that two builds sharing the folder never read half a file.
     */
    static Seal write(Path file, Body body) throws IOException {
        Files.createDirectories(file.getParent());
        Path fresh = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            CRC32C checksum = new CRC32C();
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(fresh), 1 << 16)) {
                // Buffered before the checksum too, so that it is updated a block at a time, not a number at a time.
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(raw, checksum), 1 << 16));
                body.write(out);
                out.flush();
                new DataOutputStream(raw).writeLong(checksum.getValue());
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Seal(Files.size(file) - Long.BYTES, checksum.getValue(), Files.getLastModifiedTime(file));
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    /**
     * What tells one written file from another without holding its bytes: its body's length and checksum, and when
     * it was written (a file of another build has another time, and another checksum but for a chance of 2^-32).
     */
    record Seal(long length, long checksum, FileTime written) {
    }

    /** A file's body with its seal. */
    record Sealed(ByteBuffer body, Seal seal) {
    }

    /** The body of a file {@link #write} wrote; throws when it is too short or its checksum does not hold. */
    static ByteBuffer read(Path file) throws IOException {
        return readSealed(file).body();
    }

    /** As {@link #read}, with the file's seal. */
    static Sealed readSealed(Path file) throws IOException {
        FileTime written = Files.getLastModifiedTime(file);
        byte[] all = Files.readAllBytes(file);
        if (all.length < Long.BYTES) {
            throw new IllegalStateException("a cache file without its checksum");
        }
        int body = all.length - Long.BYTES;
        CRC32C checksum = new CRC32C();
        checksum.update(all, 0, body);
        if (ByteBuffer.wrap(all, body, Long.BYTES).getLong() != checksum.getValue()) {
            throw new IllegalStateException("a cache file whose checksum does not hold");
        }
        return new Sealed(ByteBuffer.wrap(all, 0, body), new Seal(body, checksum.getValue(), written));
    }

    /** Writes a string, or -1 for null. */
    static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** The string at the buffer's position (null for -1); the position moves past it. */
    static String readString(ByteBuffer in) {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        length = length(in, length, 1);
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    /** Writes a number of 0 or more in as few bytes as it needs, seven bits each (indexes into a table are small). */
    static void writeNumber(DataOutputStream out, int n) throws IOException {
        if (n < 0) {
            throw new IllegalArgumentException("a negative number: " + n);
        }
        while (n >= 0x80) {
            out.writeByte(n & 0x7f | 0x80);
            n >>>= 7;
        }
        out.writeByte(n);
    }

    /** The number {@link #writeNumber} wrote at the buffer's position; the position moves past it. */
    static int readNumber(ByteBuffer in) {
        int n = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            byte b = in.get();
            n |= (b & 0x7f) << shift;
            if (b >= 0) {
                if (n < 0) {
                    throw new IllegalStateException("a number out of range");
                }
                return n;
            }
        }
        throw new IllegalStateException("a number of more than five bytes");
    }

    /** A count read at the buffer's position, of elements that take at least {@code bytesEach} bytes each. */
    static int count(ByteBuffer in, int bytesEach) {
        return length(in, in.getInt(), bytesEach);
    }

    /** {@code count}, checked: elements that take at least {@code bytesEach} bytes each fit in the bytes left. */
    static int length(ByteBuffer in, int count, int bytesEach) {
        if (count < 0 || (long) count * bytesEach > in.remaining()) {
            throw new IllegalStateException("a length of " + count + " with " + in.remaining() + " bytes left");
        }
        return count;
    }
}

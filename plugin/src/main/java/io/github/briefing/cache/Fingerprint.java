package io.github.briefing.cache;

import java.util.HexFormat;

/**
 * A 128-bit hash over the parts that decide a result: equal fingerprints, equal inputs. The mixing is
 * MurmurHash3's (x64, 128 bits), fed 64-bit words. Not a cryptographic digest: prints tell a build's own inputs
 * apart and need no defence against forged collisions, and SHA-256 without the JIT's second compiler (the engine
 * runs with {@code -XX:TieredStopAtLevel=1}) cost a rebuild more than half of its render stage's work.
 */
public final class Fingerprint {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private static final long STRING = 1;
    private static final long BYTES = 2;
    private static final long LONG = 3;
    private long h1 = 0x9e3779b97f4a7c15L;
    private long h2 = 0xc2b2ae3d27d4eb4fL;
    private long words;
    /** Characters are copied out of a string a piece at a time: reading them one by one costs more. */
    private char[] chars;

    /** Adds a part; its length goes first so that ("ab", "c") and ("a", "bc") differ. */
    public Fingerprint add(String part) {
        String text = String.valueOf(part);
        int length = text.length();
        mix(STRING << 32 | length);
        if (chars == null) {
            chars = new char[Math.min(Math.max(length, 64), 4096)];
        }
        for (int from = 0; from < length; from += chars.length) {
            int n = Math.min(chars.length, length - from);
            text.getChars(from, from + n, chars, 0);
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                mix(chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48);
            }
            if (i < n) {
                long last = 0;
                for (int shift = 0; i < n; i++, shift += 16) {
                    last |= (long) chars[i] << shift;
                }
                mix(last);
            }
        }
        return this;
    }

    /** Adds a number as its bits. */
    public Fingerprint add(long part) {
        mix(LONG << 32);
        mix(part);
        return this;
    }

    public Fingerprint add(byte[] part) {
        mix(BYTES << 32 | part.length);
        int i = 0;
        for (; i + 8 <= part.length; i += 8) {
            mix((part[i] & 0xffL) | (part[i + 1] & 0xffL) << 8 | (part[i + 2] & 0xffL) << 16
                    | (part[i + 3] & 0xffL) << 24 | (part[i + 4] & 0xffL) << 32 | (part[i + 5] & 0xffL) << 40
                    | (part[i + 6] & 0xffL) << 48 | (part[i + 7] & 0xffL) << 56);
        }
        if (i < part.length) {
            long last = 0;
            for (int shift = 0; i < part.length; i++, shift += 8) {
                last |= (part[i] & 0xffL) << shift;
            }
            mix(last);
        }
        return this;
    }

    /** Mixes one word into both halves of the state, as MurmurHash3 mixes each half of a 16-byte block. */
    private void mix(long word) {
        words++;
        h1 ^= Long.rotateLeft(word * C1, 31) * C2;
        h1 = (Long.rotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
        h2 ^= Long.rotateLeft(word * C2, 33) * C1;
        h2 = (Long.rotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
    }

    public String hex() {
        long a = h1 ^ words;
        long b = h2 ^ words;
        a += b;
        b += a;
        a = finish(a);
        b = finish(b);
        a += b;
        b += a;
        return HexFormat.of().toHexDigits(a) + HexFormat.of().toHexDigits(b);
    }

    private static long finish(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        return k ^ k >>> 33;
    }
}

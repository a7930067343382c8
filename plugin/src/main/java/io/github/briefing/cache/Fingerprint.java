package io.github.briefing.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 over the parts that decide a result: equal fingerprints, equal inputs. */
public final class Fingerprint {

    /** Copied for each fingerprint: looking the algorithm up costs more than a small page's digest. */
    private static final MessageDigest SHA_256 = sha256();
    private final MessageDigest digest;

    public Fingerprint() {
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Adds a part; the length goes first so that ("ab", "c") and ("a", "bc") differ. */
    public Fingerprint add(String part) {
        String text = String.valueOf(part);
        add(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Fingerprint add(byte[] part) {
        digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}

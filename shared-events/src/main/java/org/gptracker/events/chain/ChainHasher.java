package org.gptracker.events.chain;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * One link of an aggregate's audit chain: {@code hash = SHA-256(prevHash ‖ canonical bytes)}, {@code prevHash}
 * as its 32 bytes (32 zero bytes before an aggregate's first event), the canonical bytes the RFC 8785 form of
 * <pre>
 * {"actorRef":…|null,"aggregateId":…,"aggregateType":…,"effectiveDate":"YYYY-MM-DD"|null,"payload":{…},
 *  "presidency":n|null,"recordedAt":"YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ","sequence":n,"type":"gp.….vN"}
 * </pre>
 * ({@code payload} itself canonical; {@code recordedAt} in UTC with exactly nine fraction digits; {@code type}
 * the wire type with its version). The members are written in JCS order as they come, so nothing is parsed
 * or sorted, and the digest is fed piece by piece from one reused buffer: not thread-safe, one per thread.
 */
public final class ChainHasher {

    /** The {@code prevHash} of an aggregate's first event. */
    public static final String GENESIS = "0".repeat(64);
    public static final int HASH_BYTES = 32;
    private static final byte[] NULL = bytes("null");

    private final MessageDigest sha256;
    private byte[] buffer = new byte[512];
    private int length;

    public ChainHasher() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /**
     * Writes the link's hash into {@code out} (32 bytes).
     *
     * @param prevHash      the previous event's hash, 32 bytes
     * @param typeName      the wire name without version, e.g. {@code gp.project.ProjectProposed}
     * @param typeVersion   its version, e.g. {@code 1}
     * @param recordedAt    an ISO-8601 UTC instant ending in {@code Z}, with or without fraction digits
     * @param payload       the payload in canonical JSON, {@code payloadLength} bytes from {@code payloadOffset}
     */
    public void hash(byte[] prevHash, String actorRef, String aggregateId, String aggregateType, CharSequence effectiveDate,
                     byte[] payload, int payloadOffset, int payloadLength, Integer presidency, CharSequence recordedAt,
                     long sequence, CharSequence typeName, CharSequence typeVersion, byte[] out) {
        sha256.update(prevHash, 0, HASH_BYTES);
        length = 0;
        ascii("{\"actorRef\":");
        stringOrNull(actorRef);
        ascii(",\"aggregateId\":");
        string(aggregateId);
        ascii(",\"aggregateType\":");
        string(aggregateType);
        ascii(",\"effectiveDate\":");
        stringOrNull(effectiveDate);
        ascii(",\"payload\":");
        sha256.update(buffer, 0, length);
        sha256.update(payload, payloadOffset, payloadLength);
        length = 0;
        ascii(",\"presidency\":");
        if (presidency == null) {
            raw(NULL);
        } else {
            ascii(Integer.toString(presidency));
        }
        ascii(",\"recordedAt\":");
        instant(recordedAt);
        ascii(",\"sequence\":");
        ascii(Long.toString(sequence));
        ascii(",\"type\":\"");
        escaped(typeName);
        ascii(".v");
        escaped(typeVersion);
        ascii("\"}");
        sha256.update(buffer, 0, length);
        try {
            sha256.digest(out, 0, HASH_BYTES);
        } catch (DigestException e) {
            throw new IllegalArgumentException("a hash needs " + HASH_BYTES + " bytes", e);
        }
    }

    /** The same link as lowercase hex, from hex: what the command side and the query side record. */
    public String hash(String prevHash, String actorRef, String aggregateId, String aggregateType, CharSequence effectiveDate,
                       byte[] payload, Integer presidency, CharSequence recordedAt, long sequence, String wireType) {
        int versionAt = wireType.lastIndexOf(".v");
        if (versionAt < 0) {
            throw new IllegalArgumentException("a wire type ends in .v<version>: " + wireType);
        }
        byte[] out = new byte[HASH_BYTES];
        hash(Hex.decode(prevHash, HASH_BYTES), actorRef, aggregateId, aggregateType, effectiveDate, payload, 0, payload.length,
                presidency, recordedAt, sequence, wireType.substring(0, versionAt), wireType.substring(versionAt + 2), out);
        return Hex.encode(out);
    }

    private void instant(CharSequence text) {
        int end = text.length() - 1;
        if (end < 0 || text.charAt(end) != 'Z') {
            throw new IllegalArgumentException("recordedAt must be a UTC instant ending in Z: " + text);
        }
        int dot = -1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '.') {
                dot = i;
                break;
            }
        }
        int digits = dot < 0 ? 0 : end - dot - 1;
        if (digits > 9) {
            throw new IllegalArgumentException("recordedAt has more than nine fraction digits: " + text);
        }
        ensure(text.length() + 12);
        buffer[length++] = '"';
        int whole = dot < 0 ? end : dot;
        for (int i = 0; i < whole; i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
        buffer[length++] = '.';
        for (int i = 0; i < digits; i++) {
            buffer[length++] = (byte) text.charAt(dot + 1 + i);
        }
        for (int i = digits; i < 9; i++) {
            buffer[length++] = '0';
        }
        buffer[length++] = 'Z';
        buffer[length++] = '"';
    }

    private void stringOrNull(CharSequence value) {
        if (value == null) {
            raw(NULL);
        } else {
            string(value);
        }
    }

    private void string(CharSequence value) {
        ensure(1);
        buffer[length++] = '"';
        escaped(value);
        ensure(1);
        buffer[length++] = '"';
    }

    /** RFC 8785 §3.2.2.2: only '"', '\\' and the controls are escaped, the short forms where JSON has them. */
    private void escaped(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            ensure(6);
            switch (c) {
                case '"' -> pair('"');
                case '\\' -> pair('\\');
                case '\b' -> pair('b');
                case '\f' -> pair('f');
                case '\n' -> pair('n');
                case '\r' -> pair('r');
                case '\t' -> pair('t');
                default -> {
                    if (c < 0x20) {
                        ascii(String.format("\\u%04x", (int) c));
                    } else if (c < 0x80) {
                        buffer[length++] = (byte) c;
                    } else {
                        int end = i + 1;
                        if (Character.isHighSurrogate(c) && end < value.length()) {
                            end++;
                        }
                        raw(value.subSequence(i, end).toString().getBytes(StandardCharsets.UTF_8));
                        i = end - 1;
                    }
                }
            }
        }
    }

    private void pair(char escapedAs) {
        buffer[length++] = '\\';
        buffer[length++] = (byte) escapedAs;
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    private void raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

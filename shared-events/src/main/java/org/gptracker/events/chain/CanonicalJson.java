package org.gptracker.events.chain;

import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;

/**
 * JSON in its RFC 8785 (JCS) canonical form: members sorted by their UTF-16 code units, no whitespace,
 * strings and numbers written one way only. Two writers that agree on a value agree on its bytes, which
 * is what a hash over JSON needs. The event store keeps every payload of the contract in this form.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    /** The canonical form of a JSON text (UTF-8). */
    public static byte[] of(byte[] json) {
        try {
            return new JsonCanonicalizer(json).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not canonicalizable JSON: " + e.getMessage(), e);
        }
    }
}

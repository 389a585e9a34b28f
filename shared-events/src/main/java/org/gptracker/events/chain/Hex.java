package org.gptracker.events.chain;

/** Lowercase hexadecimal, the way every hash of the audit trail is written. */
public final class Hex {

    private static final char[] DIGITS = "0123456789abcdef".toCharArray();
    private static final byte[] NIBBLES = new byte[128];

    static {
        java.util.Arrays.fill(NIBBLES, (byte) -1);
        for (int digit = 0; digit < DIGITS.length; digit++) {
            NIBBLES[DIGITS[digit]] = (byte) digit;
        }
    }

    private Hex() {
    }

    public static String encode(byte[] bytes) {
        char[] text = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            text[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            text[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(text);
    }

    /** Decodes lowercase hex into {@code out}; false (and {@code out} undefined) unless it is exactly that long. */
    public static boolean decode(CharSequence hex, byte[] out) {
        if (hex == null || hex.length() != out.length * 2) {
            return false;
        }
        for (int i = 0; i < out.length; i++) {
            int high = digit(hex.charAt(2 * i));
            int low = digit(hex.charAt(2 * i + 1));
            if (high < 0 || low < 0) {
                return false;
            }
            out[i] = (byte) (high << 4 | low);
        }
        return true;
    }

    /**
     * Decodes {@code length} characters of lowercase hex from {@code text} at {@code offset} into {@code out}, as
     * {@link #decode(CharSequence, byte[])} does, without a string: for a parser's own character buffer.
     */
    public static boolean decode(char[] text, int offset, int length, byte[] out) {
        if (length != out.length * 2) {
            return false;
        }
        for (int i = 0; i < out.length; i++) {
            int high = digit(text[offset + 2 * i]);
            int low = digit(text[offset + 2 * i + 1]);
            if (high < 0 || low < 0) {
                return false;
            }
            out[i] = (byte) (high << 4 | low);
        }
        return true;
    }

    public static byte[] decode(CharSequence hex, int length) {
        byte[] out = new byte[length];
        if (!decode(hex, out)) {
            throw new IllegalArgumentException("not " + length + " bytes of lowercase hex: " + hex);
        }
        return out;
    }

    private static int digit(char c) {
        return c < NIBBLES.length ? NIBBLES[c] : -1;
    }
}

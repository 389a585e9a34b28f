package org.gptracker.security;

import java.util.function.Predicate;

/**
 * The header checks of Spring Security's {@code StrictHttpFirewall} without its regular
 * expressions, which walked every character of every header (a bearer token is ~800) through
 * {@code Character.getType}: names and values must be assigned code points and not control
 * characters, values may also hold a tab. Printable ASCII, nearly every character, is decided by
 * one comparison.
 */
public final class HeaderCharacters {

    public static final Predicate<String> ALLOWED_NAME = text -> allowed(text, false);
    public static final Predicate<String> ALLOWED_VALUE = text -> allowed(text, true);

    private HeaderCharacters() {
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f || tabAllowed && c == '\t') {
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.UNASSIGNED) {
                return false;
            }
            if (Character.isSupplementaryCodePoint(codePoint)) {
                i++;
            }
        }
        return true;
    }
}

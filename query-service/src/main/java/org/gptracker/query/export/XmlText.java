package org.gptracker.query.export;

/** Text as XML 1.0 can carry it. */
final class XmlText {

    private XmlText() {
    }

    /**
     * The text without the characters XML 1.0 cannot hold at all (most control characters, lone surrogates):
     * a title pasted with one must not break the whole document.
     */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(clean::appendCodePoint);
        return clean.length() == text.length() ? text : clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}

package org.gptracker.query.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of a presidency's event feed ended: the sort key of its last event. Handed to clients as
 * an opaque token, base64url of {@code 1|presidency|effectiveDate|recordedAt|sequence|aggregateId}
 * (the aggregate id last, since it is the one part that may contain the separator).
 */
record FeedCursor(int presidency, LocalDate effectiveDate, Instant recordedAt, long sequence, String aggregateId) {

    private static final String VERSION = "1";
    private static final String SEPARATOR = "|";
    private static final int PARTS = 6;

    static FeedCursor after(LoggedEvent last) {
        return new FeedCursor(last.presidency(), last.effectiveDate(), last.recordedAt(), last.sequence(), last.aggregateId());
    }

    String encode() {
        String key = String.join(SEPARATOR, VERSION, Integer.toString(presidency), effectiveDate.toString(),
                recordedAt.toString(), Long.toString(sequence), aggregateId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token is not one {@link #encode()} made */
    static FeedCursor decode(String token) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", PARTS);
        } catch (IllegalArgumentException notBase64) {
            throw notACursor();
        }
        if (parts.length != PARTS || !VERSION.equals(parts[0]) || parts[5].isEmpty()) {
            throw notACursor();
        }
        try {
            return new FeedCursor(Integer.parseInt(parts[1]), LocalDate.parse(parts[2]), Instant.parse(parts[3]),
                    Long.parseLong(parts[4]), parts[5]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw notACursor();
        }
    }

    private static IllegalArgumentException notACursor() {
        return new IllegalArgumentException("is not a cursor of this feed: pass on the 'next' of the previous page unchanged");
    }
}

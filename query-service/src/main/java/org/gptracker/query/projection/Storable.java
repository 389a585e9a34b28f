package org.gptracker.query.projection;

import org.gptracker.events.envelope.InvalidEnvelopeException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What PostgreSQL can store, checked before an event is applied so that the live stream and a rebuild refuse the same
 * events the same way (a write that fails fails a whole rebuild batch): texts without NUL, dates and timestamps within
 * PostgreSQL's ranges (4713 BC to 5874897 AD, and to 294276 AD).
 */
public final class Storable {

    private static final int FIRST_YEAR = -4712;
    private static final int LAST_DATE_YEAR = 5_874_897;
    private static final int LAST_TIMESTAMP_YEAR = 294_276;

    private Storable() {
    }

    /** @throws InvalidEnvelopeException when the date is outside PostgreSQL's */
    public static void date(LocalDate date, String name) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_DATE_YEAR)) {
            throw new InvalidEnvelopeException(name + " " + date + " is a date PostgreSQL cannot store");
        }
    }

    /** @throws InvalidEnvelopeException when the instant is outside PostgreSQL's timestamps */
    public static void timestamp(Instant instant, String name) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_TIMESTAMP_YEAR) {
            throw new InvalidEnvelopeException(name + " " + instant + " is a time PostgreSQL cannot store");
        }
    }

    /** @throws InvalidEnvelopeException when the text holds a NUL character */
    public static void text(String text, String name) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new InvalidEnvelopeException(name + " holds a NUL character (\\u0000), which PostgreSQL cannot store");
        }
    }

    /** @throws InvalidEnvelopeException when the JSON text has the escape {@code \u0000} (one after an escaped backslash does not count) */
    public static void json(String json, String name) {
        for (int at = json.indexOf("u0000"); at > 0; at = json.indexOf("u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at - 1; i >= 0 && json.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                text("\0", name);
            }
        }
    }
}

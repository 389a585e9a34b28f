package org.gptracker.events.envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The forms in which this system writes its times and dates, read without a {@link java.time.format.DateTimeFormatter}:
 * each method answers null for any other form, which the caller then hands to a formatter (which reads or refuses it).
 */
public final class UsualForms {

    private static final long FIRST_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);
    private static final int[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    private UsualForms() {
    }

    /**
     * The form the command side writes, {@code 2025-03-14T09:30:00.123456Z}, read without a formatter (which took a
     * tenth of a rebuild's decoding, and of the relay's reading); null for any other form.
     */
    public static Instant instant(String time) {
        int length = time.length();
        if (length < 20 || time.charAt(10) != 'T' || time.charAt(length - 1) != 'Z' || !isDate(time)
                || !digits(time, 11, 2) || time.charAt(13) != ':' || !digits(time, 14, 2) || time.charAt(16) != ':'
                || !digits(time, 17, 2)) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21;
            if (time.charAt(19) != '.' || fraction < 1 || fraction > 9 || !digits(time, 20, fraction)) {
                return null;
            }
            nanos = number(time, 20, fraction);
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        return LocalDateTime.of(dateAtStart(time), LocalTime.of(number(time, 11, 2), number(time, 14, 2), number(time, 17, 2), nanos))
                .toInstant(ZoneOffset.UTC);
    }

    /** Starts with {@code yyyy-MM-dd}: a four-digit year, as ISO-8601 writes the years 0000 to 9999. */
    private static boolean isDate(String text) {
        return text.length() >= 10 && digits(text, 0, 4) && text.charAt(4) == '-' && digits(text, 5, 2)
                && text.charAt(7) == '-' && digits(text, 8, 2);
    }

    private static LocalDate dateAtStart(String text) {
        return LocalDate.of(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    /** {@code yyyy-MM-dd}; null for any other form. */
    public static LocalDate date(String text) {
        return text.length() == 10 && isDate(text) ? dateAtStart(text) : null;
    }

    /**
     * {@link Instant#toString()}'s text (ISO-8601 in UTC, the fraction in groups of three digits, none when zero), written
     * without a formatter for the years 0000 to 9999 (the formatter took a thirtieth of the relay's thread); other years
     * by {@link Instant#toString()} itself.
     */
    public static String text(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND || seconds > LAST_SECOND) {
            return instant.toString();
        }
        LocalDateTime at = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int nanos = instant.getNano();
        char[] text = new char[nanos == 0 ? 20 : nanos % 1_000_000 == 0 ? 24 : nanos % 1_000 == 0 ? 27 : 30];
        digits(text, 0, at.getYear(), 4);
        text[4] = '-';
        digits(text, 5, at.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, at.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, at.getHour(), 2);
        text[13] = ':';
        digits(text, 14, at.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, at.getSecond(), 2);
        if (nanos != 0) {
            text[19] = '.';
            int fraction = text.length - 21;
            digits(text, 20, nanos / POWERS_OF_TEN[9 - fraction], fraction);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    private static void digits(char[] text, int from, int value, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

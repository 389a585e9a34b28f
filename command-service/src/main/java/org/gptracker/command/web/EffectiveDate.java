package org.gptracker.command.web;

import org.gptracker.events.value.InvalidValueException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The business date a command takes effect: today unless given, never in the future. A plain {@code yyyy-MM-dd} is
 * read digit by digit (every command carries one, and {@code LocalDate.parse}'s general formatter was a visible share
 * of a command's CPU); anything else goes to {@code LocalDate.parse}, which decides as before.
 */
public final class EffectiveDate {

    private EffectiveDate() {
    }

    public static LocalDate parse(String value, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (value == null) {
            return today;
        }
        LocalDate date;
        try {
            date = isPlainDate(value) ? LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10)) : LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidValueException("'" + value + "' is not an ISO-8601 date such as 2024-03-01");
        }
        if (date.isAfter(today)) {
            throw new InvalidValueException(value + " is in the future; a command records what has happened (today is " + today + ")");
        }
        return date;
    }

    private static boolean isPlainDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (value.charAt(i) < '0' || value.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String value, int from, int to) {
        int number = 0;
        for (int i = from; i < to; i++) {
            number = number * 10 + (value.charAt(i) - '0');
        }
        return number;
    }
}

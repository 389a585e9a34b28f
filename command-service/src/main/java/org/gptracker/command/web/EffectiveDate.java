package org.gptracker.command.web;

import org.gptracker.events.value.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The business date a command takes effect: today unless given, never in the future. */
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
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("'" + value + "' is not an ISO-8601 date such as 2024-03-01");
        }
        if (date.isAfter(today)) {
            throw new InvalidValueException(value + " is in the future; a command records what has happened (today is " + today + ")");
        }
        return date;
    }
}

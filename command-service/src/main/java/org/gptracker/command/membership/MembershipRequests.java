package org.gptracker.command.membership;

import org.gptracker.command.project.EffectiveDate;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.InvalidValueException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Parsing shared by the membership request bodies. */
final class MembershipRequests {

    static final int MAX_REASON = 2000;

    private MembershipRequests() {
    }

    static Country country(FieldErrors errors, String field, String value) {
        return errors.required(field, value) == null ? null : errors.parse(field, () -> Country.of(value));
    }

    static LocalDate requiredDate(FieldErrors errors, String field, String value) {
        return errors.required(field, value) == null ? null : errors.parse(field, () -> date(value));
    }

    static LocalDate effectiveDate(FieldErrors errors, String value, Clock clock) {
        return errors.parse("effectiveDate", () -> EffectiveDate.parse(value, clock));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("'" + value + "' is not an ISO-8601 date such as 2024-03-01");
        }
    }
}

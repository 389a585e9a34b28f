package org.gptracker.command.presidency;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;

import java.time.Clock;
import java.time.LocalDate;

/** An open presidency declares one more priority. */
public record DeclarePriority(@TargetAggregateIdentifier int year, String code, String title, LocalDate effectiveDate) {

    public static DeclarePriority of(FieldErrors errors, int year, String code, String title, String effectiveDate, Clock clock) {
        String checkedCode = PresidencyRequests.code(errors, "code", code);
        String checkedTitle = PresidencyRequests.title(errors, "title", title);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new DeclarePriority(year, checkedCode, checkedTitle, checkedDate);
    }
}

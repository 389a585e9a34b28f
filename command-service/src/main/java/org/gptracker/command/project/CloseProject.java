package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.project.Outcome;

import java.time.Clock;
import java.time.LocalDate;

/** Ends the project; nothing may happen to it afterwards. */
public record CloseProject(@TargetAggregateIdentifier String projectId, Outcome outcome, String summary, LocalDate effectiveDate)
        implements ProjectCommand {

    public static CloseProject of(FieldErrors errors, String projectId, String outcome, String summary, String effectiveDate,
                                  Clock clock) {
        Outcome checkedOutcome = ProjectFields.requiredEnum(errors, "outcome", outcome, Outcome.class, "an outcome");
        String checkedSummary = errors.optionalText("summary", summary, ProjectFields.MAX_TEXT);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new CloseProject(projectId, checkedOutcome, checkedSummary, checkedDate);
    }
}

package org.gptracker.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Changes a proposal while it is still only proposed; a null field stays as it was. */
public record ReviseProposal(
        @TargetAggregateIdentifier String projectId,
        String title,
        String description,
        List<Country> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded,
        LocalDate effectiveDate) implements ProjectCommand {

    /** Absent (null) fields stay as they are; {@code errors} may already hold what the sender found wrong. */
    public static ReviseProposal of(FieldErrors errors, String projectId, String title, String description, List<String> recipients,
                                    String area, List<String> priorities, String budgetAmount, String budgetCurrency,
                                    List<String> expertiseNeeded, String effectiveDate, Clock clock) {
        String checkedTitle = title == null ? null : errors.requiredText("title", title, ProjectFields.MAX_TITLE);
        String checkedDescription = errors.optionalText("description", description, ProjectFields.MAX_DESCRIPTION);
        List<Country> checkedRecipients = ProjectFields.recipients(errors, recipients, false);
        CbrnArea checkedArea = ProjectFields.area(errors, area, false);
        List<String> checkedPriorities = ProjectFields.codes(errors, "priorities", priorities);
        Money budget = ProjectFields.money(errors, "requestedBudget", budgetAmount, budgetCurrency, false);
        List<String> checkedExpertise = ProjectFields.codes(errors, "expertiseNeeded", expertiseNeeded);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new ReviseProposal(projectId, checkedTitle, checkedDescription, checkedRecipients, checkedArea,
                checkedPriorities, budget, checkedExpertise, checkedDate);
    }
}

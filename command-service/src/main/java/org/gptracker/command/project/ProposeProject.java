package org.gptracker.command.project;

import org.gptracker.command.web.FieldErrors;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A recipient state asks the partnership for support with a project. The presidency is not part
 * of the command: the aggregate stamps it from the effective date.
 */
public record ProposeProject(
        String projectId,
        String title,
        String description,
        List<Country> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded,
        LocalDate effectiveDate) implements ProjectCommand {

    /** {@code errors} may already hold what the sender found wrong; every bad field is answered at once. */
    public static ProposeProject of(FieldErrors errors, String projectId, String title, String description, List<String> recipients,
                                    String area, List<String> priorities, String budgetAmount, String budgetCurrency,
                                    List<String> expertiseNeeded, String effectiveDate, Clock clock) {
        String checkedTitle = errors.requiredText("title", title, ProjectFields.MAX_TITLE);
        String checkedDescription = errors.optionalText("description", description, ProjectFields.MAX_DESCRIPTION);
        List<Country> checkedRecipients = ProjectFields.recipients(errors, recipients, true);
        CbrnArea checkedArea = ProjectFields.area(errors, area, true);
        List<String> checkedPriorities = ProjectFields.codes(errors, "priorities", priorities == null ? List.of() : priorities);
        Money budget = ProjectFields.money(errors, "requestedBudget", budgetAmount, budgetCurrency, true);
        List<String> checkedExpertise = ProjectFields.codes(errors, "expertiseNeeded",
                expertiseNeeded == null ? List.of() : expertiseNeeded);
        LocalDate checkedDate = errors.effectiveDate(effectiveDate, clock);
        errors.throwIfAny();
        return new ProposeProject(projectId, checkedTitle, checkedDescription, checkedRecipients, checkedArea,
                checkedPriorities, budget, checkedExpertise, checkedDate);
    }
}

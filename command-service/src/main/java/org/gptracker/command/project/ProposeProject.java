package org.gptracker.command.project;

import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * A recipient state asks the partnership for support with a project. The presidency is not part
 * of the command: the aggregate stamps it from the effective date.
 */
record ProposeProject(
        String projectId,
        String title,
        String description,
        List<Country> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded,
        LocalDate effectiveDate) {
}

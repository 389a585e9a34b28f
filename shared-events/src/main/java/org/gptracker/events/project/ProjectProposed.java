package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** A recipient state (or several) proposed a project to the partnership. */
@EventType(name = "gp.project.ProjectProposed", version = 1, aggregate = "Project")
public record ProjectProposed(
        String projectId,
        String title,
        String description,
        List<Country> recipients,
        CbrnArea area,
        List<String> priorities,
        Money requestedBudget,
        List<String> expertiseNeeded,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public ProjectProposed {
        Required.field(projectId, "projectId");
        Required.field(title, "title");
        Required.field(recipients, "recipients");
        Required.field(area, "area");
        Required.field(requestedBudget, "requestedBudget");
        Required.field(effectiveDate, "effectiveDate");
        recipients = List.copyOf(recipients);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        expertiseNeeded = expertiseNeeded == null ? List.of() : List.copyOf(expertiseNeeded);
    }
}

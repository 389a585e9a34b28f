package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;
import org.gptracker.events.value.CbrnArea;
import org.gptracker.events.value.Country;
import org.gptracker.events.value.Money;

import java.time.LocalDate;
import java.util.List;

/** A proposal was revised; only the fields that changed are present. */
@EventType(name = "gp.project.ProposalRevised", version = 1, aggregate = "Project")
public record ProposalRevised(
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

    public ProposalRevised {
        Required.field(projectId, "projectId");
        Required.field(effectiveDate, "effectiveDate");
        recipients = recipients == null ? null : List.copyOf(recipients);
        priorities = priorities == null ? null : List.copyOf(priorities);
        expertiseNeeded = expertiseNeeded == null ? null : List.copyOf(expertiseNeeded);
    }
}

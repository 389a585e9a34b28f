package org.gptracker.events.project;

import org.gptracker.events.EventType;
import org.gptracker.events.GpEvent;
import org.gptracker.events.Required;

import java.time.LocalDate;

/** The project was closed; nothing more happens to it. */
@EventType(name = "gp.project.ProjectClosed", version = 1, aggregate = "Project")
public record ProjectClosed(
        String projectId,
        Outcome outcome,
        String summary,
        LocalDate effectiveDate,
        Integer presidencyYear) implements GpEvent {

    public ProjectClosed {
        Required.field(projectId, "projectId");
        Required.field(outcome, "outcome");
        Required.field(effectiveDate, "effectiveDate");
    }
}

package org.gptracker.query.project;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.UnaryOperator;

/** What every project event after the proposal does to the project row: applied, stored, and its presidency's activity recorded. */
@Component
class ProjectChanges {

    private final ProjectRepository projects;

    ProjectChanges(ProjectRepository projects) {
        this.projects = projects;
    }

    /** @return the id of the changed project */
    UUID apply(String eventProjectId, GpEvent event, EventEnvelope envelope, UnaryOperator<ProjectRow> change) {
        return applied(eventProjectId, event, envelope, change).projectId();
    }

    /** @return the project as the event left it */
    ProjectRow applied(String eventProjectId, GpEvent event, EventEnvelope envelope, UnaryOperator<ProjectRow> change) {
        ProjectRow next = change.apply(projects.get(ProjectRow.projectId(eventProjectId, envelope)));
        projects.update(next);
        projects.recordActivity(next, event);
        return next;
    }
}

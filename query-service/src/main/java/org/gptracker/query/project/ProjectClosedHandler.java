package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.ProjectClosed;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

@Component
class ProjectClosedHandler implements ProjectionHandler<ProjectClosed> {

    private final ProjectChanges changes;

    ProjectClosedHandler(ProjectChanges changes) {
        this.changes = changes;
    }

    @Override
    public Class<ProjectClosed> eventType() {
        return ProjectClosed.class;
    }

    @Override
    public void apply(ProjectClosed event, EventEnvelope envelope) {
        changes.apply(event.projectId(), event, envelope, project -> project.closed(event, envelope));
    }
}

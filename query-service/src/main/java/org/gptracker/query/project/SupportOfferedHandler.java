package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.SupportOffered;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class SupportOfferedHandler implements ProjectionHandler<SupportOffered> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    SupportOfferedHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<SupportOffered> eventType() {
        return SupportOffered.class;
    }

    @Override
    public void apply(SupportOffered event, EventEnvelope envelope) {
        UUID projectId = changes.apply(event.projectId(), event, envelope, project -> project.recorded(event.projectId(), envelope));
        projects.insert(projectId, Offer.made(event, envelope));
    }
}

package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.FundingCommitted;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class FundingCommittedHandler implements ProjectionHandler<FundingCommitted> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    FundingCommittedHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<FundingCommitted> eventType() {
        return FundingCommitted.class;
    }

    @Override
    public void apply(FundingCommitted event, EventEnvelope envelope) {
        UUID projectId = changes.apply(event.projectId(), event, envelope, project -> project.committed(event, envelope));
        projects.insert(projectId, Flow.of(event, envelope));
    }
}

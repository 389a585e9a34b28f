package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.FundsDisbursed;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class FundsDisbursedHandler implements ProjectionHandler<FundsDisbursed> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    FundsDisbursedHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<FundsDisbursed> eventType() {
        return FundsDisbursed.class;
    }

    @Override
    public void apply(FundsDisbursed event, EventEnvelope envelope) {
        UUID projectId = changes.apply(event.projectId(), event, envelope, project -> project.recorded(event.projectId(), envelope));
        projects.insert(projectId, Flow.of(event, envelope));
    }
}

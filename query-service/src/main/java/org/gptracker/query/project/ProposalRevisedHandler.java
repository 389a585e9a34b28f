package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.ProposalRevised;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

@Component
class ProposalRevisedHandler implements ProjectionHandler<ProposalRevised> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    ProposalRevisedHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<ProposalRevised> eventType() {
        return ProposalRevised.class;
    }

    @Override
    public void apply(ProposalRevised event, EventEnvelope envelope) {
        projects.describeActivity(changes.applied(event.projectId(), event, envelope, project -> project.revised(event, envelope)));
    }
}

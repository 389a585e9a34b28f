package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.OfferWithdrawn;
import org.gptracker.query.project.Offer.OfferState;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class OfferWithdrawnHandler implements ProjectionHandler<OfferWithdrawn> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    OfferWithdrawnHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<OfferWithdrawn> eventType() {
        return OfferWithdrawn.class;
    }

    @Override
    public void apply(OfferWithdrawn event, EventEnvelope envelope) {
        UUID projectId = changes.apply(event.projectId(), event, envelope, project -> project.recorded(event.projectId(), envelope));
        projects.decide(projectId, projects.offer(projectId, event.offerId()).decided(OfferState.WITHDRAWN, event, envelope));
    }
}

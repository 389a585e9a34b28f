package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.OfferAccepted;
import org.gptracker.query.project.Offer.OfferState;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class OfferAcceptedHandler implements ProjectionHandler<OfferAccepted> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    OfferAcceptedHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<OfferAccepted> eventType() {
        return OfferAccepted.class;
    }

    @Override
    public void apply(OfferAccepted event, EventEnvelope envelope) {
        UUID projectId = changes.apply(event.projectId(), event, envelope, project -> project.accepted(event, envelope));
        projects.decide(projectId, projects.offer(projectId, event.offerId()).decided(OfferState.ACCEPTED, event, envelope));
    }
}

package org.gptracker.query.project;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.project.OfferDeclined;
import org.gptracker.query.project.Offer.OfferState;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
class OfferDeclinedHandler implements ProjectionHandler<OfferDeclined> {

    private final ProjectChanges changes;
    private final ProjectRepository projects;

    OfferDeclinedHandler(ProjectChanges changes, ProjectRepository projects) {
        this.changes = changes;
        this.projects = projects;
    }

    @Override
    public Class<OfferDeclined> eventType() {
        return OfferDeclined.class;
    }

    @Override
    public void apply(OfferDeclined event, EventEnvelope envelope) {
        UUID projectId = changes.apply(event.projectId(), event, envelope, project -> project.recorded(event.projectId(), envelope));
        projects.decide(projectId, projects.offer(projectId, event.offerId()).decided(OfferState.DECLINED, event, envelope));
    }
}

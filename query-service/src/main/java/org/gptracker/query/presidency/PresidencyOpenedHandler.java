package org.gptracker.query.presidency;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.PresidencyOpened;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

@Component
class PresidencyOpenedHandler implements ProjectionHandler<PresidencyOpened> {

    private final PresidencyRepository presidencies;

    PresidencyOpenedHandler(PresidencyRepository presidencies) {
        this.presidencies = presidencies;
    }

    @Override
    public Class<PresidencyOpened> eventType() {
        return PresidencyOpened.class;
    }

    @Override
    public void apply(PresidencyOpened event, EventEnvelope envelope) {
        PresidencyRow presidency = PresidencyRow.opened(event, envelope);
        presidencies.insert(presidency);
        presidencies.declare(presidency.year(), event.priorities(), event.effectiveDate());
    }
}

package org.gptracker.query.presidency;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.PresidencyClosed;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

@Component
class PresidencyClosedHandler implements ProjectionHandler<PresidencyClosed> {

    private final PresidencyRepository presidencies;

    PresidencyClosedHandler(PresidencyRepository presidencies) {
        this.presidencies = presidencies;
    }

    @Override
    public Class<PresidencyClosed> eventType() {
        return PresidencyClosed.class;
    }

    @Override
    public void apply(PresidencyClosed event, EventEnvelope envelope) {
        presidencies.update(presidencies.get(PresidencyRow.year(event.year(), envelope)).closed(event, envelope));
    }
}

package org.gptracker.query.presidency;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.ChairHandedOver;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

@Component
class ChairHandedOverHandler implements ProjectionHandler<ChairHandedOver> {

    private final PresidencyRepository presidencies;

    ChairHandedOverHandler(PresidencyRepository presidencies) {
        this.presidencies = presidencies;
    }

    @Override
    public Class<ChairHandedOver> eventType() {
        return ChairHandedOver.class;
    }

    @Override
    public void apply(ChairHandedOver event, EventEnvelope envelope) {
        PresidencyRow presidency = presidencies.get(PresidencyRow.year(event.year(), envelope)).handedOver(event, envelope);
        presidencies.update(presidency);
        presidencies.chairFrom(presidency.year(), presidency.chair(), event.since());
    }
}

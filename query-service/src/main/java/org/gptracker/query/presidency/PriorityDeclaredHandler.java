package org.gptracker.query.presidency;

import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.presidency.PriorityDeclared;
import org.gptracker.events.presidency.Priority;
import org.gptracker.query.projection.ProjectionHandler;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class PriorityDeclaredHandler implements ProjectionHandler<PriorityDeclared> {

    private final PresidencyRepository presidencies;

    PriorityDeclaredHandler(PresidencyRepository presidencies) {
        this.presidencies = presidencies;
    }

    @Override
    public Class<PriorityDeclared> eventType() {
        return PriorityDeclared.class;
    }

    @Override
    public void apply(PriorityDeclared event, EventEnvelope envelope) {
        presidencies.update(presidencies.get(PresidencyRow.year(event.year(), envelope)).recorded(event.year(), envelope));
        presidencies.declare(event.year(), List.of(new Priority(event.code(), event.title())), event.effectiveDate());
    }
}

package org.gptracker.command.audit;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.GpEvent;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Stores the audit trail's own events (a digest, an erasure), each the first and only event of its aggregate,
 * in the caller's transaction: chained like every event and relayed to Kafka like every event.
 */
@Component
class AuditEvents {

    private final EventStore eventStore;
    private final EventCatalog catalog = EventCatalog.standard();

    AuditEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** @param actor who asked for it (the token's sub), null when the service acts by itself */
    void publish(String aggregateId, GpEvent event, String actor, String correlationId) {
        Map<String, Object> metaData = new HashMap<>();
        if (actor != null) {
            metaData.put(CommandMetadata.ACTOR, actor);
        }
        metaData.put(CommandMetadata.CORRELATION_ID, correlationId);
        eventStore.publish(new GenericDomainEventMessage<>(catalog.of(event.getClass()).aggregateType(), aggregateId, 0, event,
                MetaData.from(metaData)));
    }
}

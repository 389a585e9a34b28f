package org.gptracker.command.relay;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

import java.util.List;

/**
 * The relay's own reader of the event store: Axon's JDBC storage engine on the same tables, serializer and
 * upcasters as the one that appends, but sized for the relay — one query fetches a whole relay page
 * ({@code gp.relay.page-size} global indexes, where the shared engine fetches 100) — and with the relay's
 * gap give-up limits ({@code gp.relay.gap-timeout}, {@code gp.relay.max-gap-offset}). It only reads; it is
 * not a bean of type {@link EventStorageEngine}, so Axon's own engine stays the one commands append with.
 */
record RelayStore(EventStorageEngine engine) {

    static RelayStore of(RelaySettings settings, ConnectionProvider connections, TransactionManager transactions, EventSchema schema,
                         Serializer eventSerializer, Serializer snapshotSerializer, PersistenceExceptionResolver exceptions,
                         List<EventUpcaster> upcasters) {
        return new RelayStore(JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(exceptions)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .batchSize(settings.pageSize())
                .gapTimeout(Math.toIntExact(settings.gapTimeout().toMillis()))
                .maxGapOffset(settings.maxGapOffset())
                .build());
    }
}

package org.gptracker.command.relay;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.gptracker.events.envelope.UsualForms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

/**
 * The relay's own reader of the event store: Axon's JDBC storage engine on the same tables, serializer and
 * upcasters as the one that appends, but sized for the relay — one query fetches a whole relay page
 * ({@code gp.relay.page-size} global indexes, where the shared engine fetches 100) — and with the relay's
 * gap give-up limits ({@code gp.relay.gap-timeout}, {@code gp.relay.max-gap-offset}). It reads each event's recorded
 * time in the form the engine writes it without a formatter (Axon's parse took a seventh of the relay's thread). It
 * only reads; it is not a bean of type {@link EventStorageEngine}, so Axon's own engine stays the one commands append
 * with.
 */
record RelayStore(EventStorageEngine engine) {

    static RelayStore of(RelaySettings settings, ConnectionProvider connections, TransactionManager transactions, EventSchema schema,
                         Serializer eventSerializer, Serializer snapshotSerializer, PersistenceExceptionResolver exceptions,
                         List<EventUpcaster> upcasters) {
        return new RelayStore(new Engine(JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(exceptions)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .batchSize(settings.pageSize())
                .gapTimeout(Math.toIntExact(settings.gapTimeout().toMillis()))
                .maxGapOffset(settings.maxGapOffset())));
    }

    private static final class Engine extends JdbcEventStorageEngine {

        private Engine(Builder builder) {
            super(builder);
        }

        @Override
        protected TrackedEventData<?> getTrackedEventData(ResultSet row, GapAwareTrackingToken previous) throws SQLException {
            TrackedEventData<?> read = super.getTrackedEventData(row, previous);
            Instant recordedAt = read instanceof DomainEventData<?> ? usualForm(readTimeStamp(row, schema().timestampColumn())) : null;
            return recordedAt == null ? read : new Recorded<>(read.trackingToken(), (DomainEventData<?>) read, recordedAt);
        }

        /** Null when the text is in another form: the entry's own parse reads it (or refuses it). */
        private static Instant usualForm(Object stored) {
            try {
                return stored instanceof String text ? UsualForms.instant(text) : null;
            } catch (DateTimeException notATime) {
                return null;
            }
        }
    }

    /** A stored event whose recorded time was read already. */
    private static final class Recorded<T> extends TrackedDomainEventData<T> {

        private final Instant recordedAt;

        private Recorded(TrackingToken token, DomainEventData<T> event, Instant recordedAt) {
            super(token, event);
            this.recordedAt = recordedAt;
        }

        @Override
        public Instant getTimestamp() {
            return recordedAt;
        }
    }
}

package org.gptracker.query.stream;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.query.project.ProjectStatuses;
import org.gptracker.query.projection.BatchStore;
import org.gptracker.query.projection.Projection;
import org.gptracker.query.projection.Stores;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The live stream's log ({@code stream.event}), written with the poll's batch in its transaction; the
 * {@link StreamHub} is woken after commit, so the projection never waits for a client (DESIGN §4 "Live stream").
 * A redelivered event is not streamed again; one a rebuild applied first (its last catch-up) was never streamed: it
 * is now.
 */
@Component
@Order(100)
class StreamProjection implements Projection<StreamProjection.Rows> {

    /** Stream rows were written in the current transaction. */
    record Written() {
    }

    private final StreamHub hub;
    private final ApplicationEventPublisher events;

    /** Takes the schema so that it exists before the first write. */
    StreamProjection(StreamHub hub, StreamSchema schema, ApplicationEventPublisher events) {
        this.hub = hub;
        this.events = events;
    }

    @Override
    public Rows newStore(Stores earlier) {
        return new Rows(earlier.find(ProjectStatuses.class), events);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void committed(Written written) {
        hub.wake();
    }

    @Override
    public boolean rebuilt() {
        return false;
    }

    @Override
    public void apply(GpEvent event, EventEnvelope envelope, Rows rows) {
        rows.add(event, envelope);
    }

    @Override
    public void skipped(GpEvent event, EventEnvelope envelope, Rows rows) {
        rows.add(event, envelope);
    }

    /** The stream rows of one poll. */
    static final class Rows implements BatchStore {

        private final ProjectStatuses statuses;
        private final ApplicationEventPublisher events;
        private final List<Object[]> rows = new ArrayList<>();

        private Rows(ProjectStatuses statuses, ApplicationEventPublisher events) {
            this.statuses = statuses;
            this.events = events;
        }

        void add(GpEvent event, EventEnvelope envelope) {
            boolean project = StreamEvent.PROJECT.equals(envelope.aggregateType());
            rows.add(new Object[]{envelope.id(), envelope.type(), envelope.aggregateType(), envelope.subject(), envelope.sequence(),
                    event.presidencyYear(), event.effectiveDate(), envelope.time().atOffset(ZoneOffset.UTC),
                    envelope.correlationId(), project ? statuses.status(envelope.subject()) : null});
        }

        /** Reads nothing: the project's status comes from the project projection's store. */
        @Override
        public void prefetch(List<EventEnvelope> batch, JdbcTemplate jdbc, String schema) {
        }

        /** Into {@code stream.event} whatever the schema of the read models. */
        @Override
        public Write drain() {
            List<Object[]> written = List.copyOf(rows);
            rows.clear();
            return (jdbc, schema) -> {
                if (written.isEmpty()) {
                    return;
                }
                jdbc.batchUpdate("""
                        insert into stream.event (event_id, type, aggregate_type, aggregate_id, sequence, presidency, effective_date,
                            recorded_at, correlation_id, project_status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (event_id) do nothing""", written, new int[]{Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.BIGINT, Types.INTEGER, Types.DATE, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR,
                        Types.VARCHAR});
                events.publishEvent(new Written());
            };
        }
    }
}

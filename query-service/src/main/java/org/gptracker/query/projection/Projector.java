package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies each event of {@code gp.events} to the read models exactly once and in its aggregate's
 * order. Delivery is at-least-once, so the aggregate's position is checked and advanced in the same
 * database transaction as the read-model writes: a redelivered event is skipped, and an event that
 * arrives with earlier ones missing is refused rather than applied out of order.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final EnvelopeCodec codec;
    private final AggregatePositions positions;
    private final Projections projections;
    private final TransactionTemplate transactions;
    private final ProjectionMetrics metrics;

    Projector(EnvelopeCodec codec, AggregatePositions positions, Projections projections,
              TransactionTemplate transactions, ProjectionMetrics metrics) {
        this.codec = codec;
        this.positions = positions;
        this.projections = projections;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    /**
     * Projects one record value of {@code gp.events}; returns once the transaction committed.
     *
     * @throws InvalidEnvelopeException when the record is not a readable event of the contract
     * @throws RuntimeException         when the event cannot be applied yet (sequence gap, database down)
     */
    public void project(byte[] record) {
        EventEnvelope envelope = codec.decode(record);
        GpEvent event = codec.payload(envelope);
        try (EventLogContext logged = EventLogContext.of(envelope)) {
            project(envelope, event);
        }
    }

    private void project(EventEnvelope envelope, GpEvent event) {
        Arrival arrival;
        try {
            arrival = transactions.execute(status -> applyInOrder(envelope, event));
        } catch (SequenceGapException gap) {
            metrics.gap();
            log.error("Sequence gap in {} {}: expected sequence {}, received {} (event {}, type {}); not applied, "
                            + "the partition is halted and retried until the missing events are applied",
                    envelope.aggregateType(), gap.aggregateId(), gap.expected(), gap.received(), envelope.id(), envelope.type());
            throw gap;
        }
        if (arrival == Arrival.DUPLICATE) {
            log.debug("Skipped {} #{} of {}: already applied", envelope.type(), envelope.sequence(), envelope.subject());
            metrics.duplicate();
        } else {
            log.debug("Applied {} #{} of {}", envelope.type(), envelope.sequence(), envelope.subject());
            metrics.applied(envelope.type(), envelope.time());
        }
    }

    private Arrival applyInOrder(EventEnvelope envelope, GpEvent event) {
        long lastApplied = positions.lockLastApplied(envelope.subject(), envelope.aggregateType());
        Arrival arrival = Arrival.of(envelope.subject(), lastApplied, envelope.sequence());
        if (arrival == Arrival.NEXT) {
            projections.apply(event, envelope);
            positions.advance(envelope.subject(), envelope.sequence());
        }
        return arrival;
    }
}

package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the events of {@code gp.events} to the read models exactly once and in their aggregate's
 * order. Delivery is at-least-once, so an aggregate's position is checked and advanced in the same
 * database transaction as the read-model writes: a redelivered event is skipped, and an event that
 * arrives with earlier ones missing is refused rather than applied out of order.
 * <p>
 * The records of one poll are applied in one transaction: one commit (one WAL flush) for the lot
 * instead of one per event. A record that cannot be applied ends the batch there: the ones before
 * it are committed, and {@link StoppedAt} says which record stopped it and why, so the consumer
 * commits their offsets and treats that record as it would treat a single one.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);

    private final EnvelopeCodec codec;
    private final AggregatePositions positions;
    private final Projections projections;
    private final TransactionTemplate transactions;
    private final ProjectionMetrics metrics;
    private final List<LiveProjectionListener> listeners;

    Projector(EnvelopeCodec codec, AggregatePositions positions, Projections projections,
              TransactionTemplate transactions, ProjectionMetrics metrics, List<LiveProjectionListener> listeners) {
        this.codec = codec;
        this.positions = positions;
        this.projections = projections;
        this.transactions = transactions;
        this.metrics = metrics;
        this.listeners = listeners;
    }

    /**
     * Projects one record value of {@code gp.events}; returns once the transaction committed.
     *
     * @throws InvalidEnvelopeException when the record is not a readable event of the contract
     * @throws RuntimeException         when the event cannot be applied yet (sequence gap, database down)
     */
    public void project(byte[] record) {
        StoppedAt stopped = projectAll(List.of(record));
        if (stopped != null) {
            throw stopped.cause();
        }
    }

    /**
     * Projects record values of {@code gp.events} in order, in one transaction, up to the first that
     * cannot be applied.
     *
     * @return null when every record was applied or skipped as a duplicate, else the first record that
     * was not: those before it are committed, it and those after it are not
     * @throws RuntimeException when the transaction failed (database down): nothing of the batch is applied
     */
    public StoppedAt projectAll(List<byte[]> records) {
        List<Applied> outcomes = new ArrayList<>(records.size());
        StoppedAt stopped = transactions.execute(status -> applyUntilStopped(records, outcomes));
        for (Applied applied : outcomes) {
            if (applied.arrival() == Arrival.DUPLICATE) {
                metrics.duplicate();
            } else {
                metrics.applied(applied.envelope().type(), applied.envelope().time());
            }
        }
        return stopped;
    }

    private StoppedAt applyUntilStopped(List<byte[]> records, List<Applied> outcomes) {
        for (int index = 0; index < records.size(); index++) {
            EventEnvelope envelope;
            GpEvent event;
            try {
                envelope = codec.decode(records.get(index));
                event = codec.payload(envelope);
            } catch (InvalidEnvelopeException unreadable) {
                return new StoppedAt(index, unreadable);
            }
            try (EventLogContext logged = EventLogContext.of(envelope)) {
                Arrival arrival = applyInOrder(envelope, event);
                log.debug("{} {} #{} of {}", arrival == Arrival.NEXT ? "Applied" : "Skipped (already applied)",
                        envelope.type(), envelope.sequence(), envelope.subject());
                outcomes.add(new Applied(envelope, arrival));
            } catch (SequenceGapException gap) {
                metrics.gap();
                log.error("Sequence gap in {} {}: expected sequence {}, received {} (event {}, type {}); not applied, "
                                + "the partition is halted and retried until the missing events are applied",
                        envelope.aggregateType(), gap.aggregateId(), gap.expected(), gap.received(), envelope.id(), envelope.type());
                return new StoppedAt(index, gap);
            }
        }
        return null;
    }

    private Arrival applyInOrder(EventEnvelope envelope, GpEvent event) {
        Long known = positions.lockLastApplied(envelope.subject());
        // a first event that is not sequence 0 is a gap: refused before anything is written
        long lastApplied = known != null ? known
                : envelope.sequence() == 0 ? positions.startAndLock(envelope.subject(), envelope.aggregateType()) : -1;
        Arrival arrival = Arrival.of(envelope.subject(), lastApplied, envelope.sequence());
        if (arrival == Arrival.NEXT) {
            projections.apply(event, envelope);
            positions.advance(envelope.subject(), envelope.sequence());
            listeners.forEach(listener -> listener.applied(envelope));
        } else {
            listeners.forEach(listener -> listener.skipped(envelope));
        }
        return arrival;
    }

    private record Applied(EventEnvelope envelope, Arrival arrival) {
    }

    /**
     * The record at {@code index} was not applied, for {@code cause}: unreadable
     * ({@link InvalidEnvelopeException}) or out of order ({@link SequenceGapException}). Nothing it
     * would have written was, since both are found before any write of that record.
     */
    public record StoppedAt(int index, RuntimeException cause) {
    }
}

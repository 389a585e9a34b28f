package org.gptracker.query.projection;

import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies each poll of {@code gp.events} to the live read models in one transaction, exactly once and in
 * aggregate order (DESIGN §3 "Delivery", docs/decisions/0010). A sequence gap ends the poll there: {@link StoppedAt}
 * says which record stopped it, so the consumer retries from that record.
 */
@Component
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final String LIVE = "read";

    private final EnvelopeCodec codec;
    private final Projections projections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ProjectionMetrics metrics;

    Projector(EnvelopeCodec codec, Projections projections, JdbcTemplate jdbc, TransactionTemplate transactions,
              ProjectionMetrics metrics) {
        this.codec = codec;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    /** A record that can never be applied, and why; it changed nothing. */
    public record Refused(int index, RuntimeException reason) {
    }

    /** The record at {@code index} was not applied yet, for {@code cause} (a sequence gap); neither were those after it. */
    public record StoppedAt(int index, RuntimeException cause) {
    }

    /**
     * What became of a poll: every record before {@link #stopped} (all when null) was applied, skipped as a
     * duplicate, or {@link #refused}.
     */
    public record Outcome(List<Refused> refused, StoppedAt stopped) {
    }

    /**
     * Projects record values of {@code gp.events} in order; returns once their transaction committed.
     *
     * @throws RuntimeException when the transaction failed for a reason that can pass (database unreachable):
     *                          nothing of the poll was applied
     */
    public Outcome projectAll(List<byte[]> records) {
        Decoded[] decoded = new Decoded[records.size()];
        List<Refused> refused = new ArrayList<>();
        for (int index = 0; index < decoded.length; index++) {
            try {
                decoded[index] = Decoded.of(codec, records.get(index));
            } catch (InvalidEnvelopeException unreadable) {
                refused.add(new Refused(index, unreadable));
            }
        }
        StoppedAt stopped;
        try {
            stopped = applied(decoded, refused);
        } catch (UnstorableException together) {
            stopped = oneByOne(decoded, refused);
        }
        int stop = stopped == null ? decoded.length : stopped.index();
        List<Refused> before = refused.stream().filter(each -> each.index() < stop)
                .sorted((a, b) -> Integer.compare(a.index(), b.index())).toList();
        return new Outcome(before, stopped);
    }

    /** A value of the poll cannot be stored: each record is applied in its own transaction, to find which. */
    private StoppedAt oneByOne(Decoded[] decoded, List<Refused> refused) {
        for (int index = 0; index < decoded.length; index++) {
            if (decoded[index] == null) {
                continue;
            }
            Decoded[] alone = new Decoded[decoded.length];
            alone[index] = decoded[index];
            try {
                StoppedAt stopped = applied(alone, refused);
                if (stopped != null) {
                    return stopped;
                }
            } catch (UnstorableException unstorable) {
                log.error("Event {} ({} #{} of {}) cannot be stored in the read models and is left out: {}",
                        decoded[index].envelope().id(), decoded[index].envelope().type(), decoded[index].envelope().sequence(),
                        decoded[index].envelope().subject(), unstorable.getMessage());
                refused.add(new Refused(index, unstorable));
            }
        }
        return null;
    }

    /** Applies the records not left out ({@code null}) in one transaction; refusals are added to {@code refused}. */
    private StoppedAt applied(Decoded[] decoded, List<Refused> refused) {
        List<Decoded> counted = new ArrayList<>();
        int[] duplicates = {0};
        StoppedAt stopped;
        try {
            stopped = transactions.execute(status -> applyAndWrite(decoded, refused, counted, duplicates));
        } catch (DataAccessException failed) {
            if (isDataException(failed)) {
                throw new UnstorableException(failed);
            }
            throw failed;
        }
        counted.forEach(event -> metrics.applied(event.envelope().type(), event.envelope().time()));
        for (int i = 0; i < duplicates[0]; i++) {
            metrics.duplicate();
        }
        return stopped;
    }

    private StoppedAt applyAndWrite(Decoded[] decoded, List<Refused> refused, List<Decoded> applied, int[] duplicates) {
        List<EventEnvelope> envelopes = Arrays.stream(decoded).filter(d -> d != null).map(Decoded::envelope).toList();
        PositionStore positions = PositionStore.live();
        Stores stores = projections.live();
        positions.prefetch(envelopes, jdbc, LIVE);
        stores.prefetch(envelopes.stream().filter(envelope -> positions.known(envelope.subject())).toList(), jdbc, LIVE);
        List<Refused> refusedNow = new ArrayList<>();
        StoppedAt stopped = null;
        for (int index = 0; index < decoded.length && stopped == null; index++) {
            Decoded event = decoded[index];
            if (event == null) {
                continue;
            }
            EventEnvelope envelope = event.envelope();
            try (EventLogContext logged = EventLogContext.of(envelope)) {
                Arrival arrival = InOrder.apply(event, positions, stores);
                log.debug("{} {} #{} of {}", arrival == Arrival.NEXT ? "Applied" : "Skipped (already applied)",
                        envelope.type(), envelope.sequence(), envelope.subject());
                if (arrival == Arrival.NEXT) {
                    applied.add(event);
                } else {
                    duplicates[0]++;
                }
            } catch (InvalidEnvelopeException refusedByAProjection) {
                refusedNow.add(new Refused(index, refusedByAProjection));
            } catch (SequenceGapException gap) {
                metrics.gap();
                log.error("Sequence gap in {} {}: expected sequence {}, received {} (event {}, type {}); not applied, "
                                + "the partition is halted and retried until the missing events are applied",
                        envelope.aggregateType(), gap.aggregateId(), gap.expected(), gap.received(), envelope.id(), envelope.type());
                stopped = new StoppedAt(index, gap);
            }
        }
        List<BatchStore.Write> writes = new ArrayList<>(stores.drain());
        writes.add(positions.drain());
        writes.forEach(write -> write.to(jdbc, LIVE));
        refused.addAll(refusedNow);
        return stopped;
    }

    /** SQLSTATE class 22, "data exception": a value PostgreSQL refuses whenever it is written (e.g. a NUL in a text). */
    private static boolean isDataException(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** A record holds a value the read-model database cannot store: applying it will never succeed. */
    static final class UnstorableException extends RuntimeException {
        UnstorableException(DataAccessException cause) {
            super("PostgreSQL cannot store it: " + rootMessage(cause), cause);
        }

        private static String rootMessage(Throwable failure) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return root.getMessage();
        }
    }
}

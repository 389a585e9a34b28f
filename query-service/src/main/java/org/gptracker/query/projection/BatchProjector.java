package org.gptracker.query.projection;

import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Applies the event log to fresh read-model tables in batches for a rebuild, with the live projections and
 * stores, each batch written while the next is read (DESIGN §4 "Rebuild", docs/decisions/0010).
 * An aggregate missing an event is set aside, not halted, and reported at the end.
 */
@Component
public class BatchProjector {

    private static final Logger log = LoggerFactory.getLogger(BatchProjector.class);
    /** Connections a rebuild writes on at once. */
    private static final int WRITERS = 2;

    private final EnvelopeCodec codec;
    private final Projections projections;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    BatchProjector(EnvelopeCodec codec, Projections projections, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.codec = codec;
        this.projections = projections;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Starts a rebuild into the (empty) tables of {@code schema}, its stores keeping up to {@code keptInMemory}
     * aggregates from one batch to the next.
     */
    public Run start(String schema, int keptInMemory) {
        return new Run(schema, keptInMemory);
    }

    /** An aggregate whose events stopped at a missing one. */
    public record Gap(String aggregateId, long expected, long received) {
    }

    /** Counts of one rebuild so far. */
    public record Counts(long applied, long duplicates, long unreadable, long setAside) {
    }

    /** One rebuild: its stores, the positions reached so far and what was done with each record. */
    public final class Run implements AutoCloseable {

        private final String schema;
        private final Stores stores;
        private final PositionStore positions = PositionStore.rebuilding();
        private final List<ExecutorService> writers = IntStream.range(0, WRITERS)
                .mapToObj(lane -> Executors.newSingleThreadExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "gp-rebuild-writer-" + lane);
                    thread.setDaemon(true);
                    return thread;
                }))
                .toList();
        private List<Future<?>> lastWrites = List.of();
        private final Map<String, Gap> waiting = new LinkedHashMap<>();
        private long applied;
        private long duplicates;
        private long unreadable;
        private long setAside;

        private Run(String schema, int keptInMemory) {
            this.schema = schema;
            this.stores = projections.rebuilt(keptInMemory);
        }

        /**
         * Applies a batch of record values of {@code gp.events}, in log order, and hands its writes to the writers,
         * which commit them while the next batch is read and applied. Batches are written one after another, in order;
         * a failed write fails the next call. The writes of one batch are spread over {@value #WRITERS} connections, each
         * store's always on the same one, so every table is still written batch after batch: a rebuild's tables are
         * read by nobody until the switch, which waits for every write, and a failure drops them all anyway.
         */
        public void apply(List<byte[]> records) {
            List<Decoded> batch = decode(records);
            List<EventEnvelope> envelopes = batch.stream().map(Decoded::envelope).toList();
            positions.prefetch(envelopes, jdbc, schema);
            stores.prefetch(envelopes.stream().filter(envelope -> positions.known(envelope.subject())).toList(), jdbc, schema);
            for (Decoded decoded : batch) {
                applyInOrder(decoded);
            }
            List<BatchStore.Write> writes = new ArrayList<>(stores.drain());
            writes.add(positions.drain());
            awaitWritten();
            List<Future<?>> submitted = new ArrayList<>(WRITERS);
            for (int lane = 0; lane < WRITERS; lane++) {
                List<BatchStore.Write> ofLane = new ArrayList<>();
                for (int i = lane; i < writes.size(); i += WRITERS) {
                    ofLane.add(writes.get(i));
                }
                submitted.add(writers.get(lane).submit(() -> transactions.executeWithoutResult(status -> {
                    // no wait for each batch's WAL flush: a crash before the switch fails the rebuild anyway, and the
                    // switch's own (synchronous) commit comes later in the WAL, so flushing it flushes every batch
                    jdbc.execute("set local synchronous_commit = off");
                    ofLane.forEach(write -> write.to(jdbc, schema));
                })));
            }
            lastWrites = submitted;
        }

        /** Returns once every batch applied so far is committed. */
        public void awaitWritten() {
            RuntimeException failed = null;
            for (Future<?> write : lastWrites) {
                try {
                    write.get();
                } catch (ExecutionException e) {
                    failed = e.getCause() instanceof RuntimeException failure ? failure
                            : new IllegalStateException("writing a rebuilt batch failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing a rebuilt batch", e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        }

        /** Waits for the last writes, then lets the writers go. */
        @Override
        public void close() {
            try {
                awaitWritten();
            } finally {
                writers.forEach(ExecutorService::shutdownNow);
            }
        }

        public Counts counts() {
            return new Counts(applied, duplicates, unreadable, setAside);
        }

        /** Aggregates whose next event has not arrived although a later one did. */
        public List<Gap> gaps() {
            return List.copyOf(waiting.values());
        }

        /** The last sequence applied of the aggregate, -1 when none. */
        public long lastApplied(String aggregateId) {
            return positions.lastApplied(aggregateId);
        }

        /** Decoding is most of a batch's CPU time and needs no order: done in parallel, the order kept. */
        private List<Decoded> decode(List<byte[]> records) {
            List<Decoded> decoded = records.parallelStream().map(this::decodedOrNull).toList();
            List<Decoded> batch = new ArrayList<>(decoded.size());
            for (Decoded event : decoded) {
                if (event == null) {
                    // the live stream sent it to the dead-letter topic when it first came by
                    unreadable++;
                } else {
                    batch.add(event);
                }
            }
            return batch;
        }

        private Decoded decodedOrNull(byte[] record) {
            try {
                return Decoded.of(codec, record);
            } catch (InvalidEnvelopeException unreadableRecord) {
                return null;
            }
        }

        private void applyInOrder(Decoded decoded) {
            try {
                if (InOrder.apply(decoded, positions, stores) == Arrival.NEXT) {
                    applied++;
                    waiting.remove(decoded.envelope().subject());
                } else {
                    duplicates++;
                }
            } catch (SequenceGapException gap) {
                setAside(decoded.envelope(), gap);
            } catch (InvalidEnvelopeException refused) {
                // refused by a projection: the live stream dead-lettered it
                unreadable++;
            }
        }

        private void setAside(EventEnvelope envelope, SequenceGapException gap) {
            setAside++;
            if (waiting.putIfAbsent(gap.aggregateId(), new Gap(gap.aggregateId(), gap.expected(), gap.received())) == null) {
                log.warn("Rebuild: sequence gap in {} {}: expected sequence {}, received {}; its later events wait for the missing one",
                        envelope.aggregateType(), gap.aggregateId(), gap.expected(), gap.received());
            }
        }
    }
}

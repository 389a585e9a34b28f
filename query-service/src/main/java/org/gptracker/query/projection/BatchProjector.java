package org.gptracker.query.projection;

import org.gptracker.query.projection.RecordDecoder.Decoded;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Applies the event log to a fresh set of read-model tables in batches, for a rebuild: the same
 * projection handlers as the live stream, writing through the {@link RebuildBuffer}s, with each
 * aggregate's position kept in memory and every batch written in one transaction.
 *
 * <p>As on the live stream, an event already applied is skipped and an event with earlier ones missing
 * is not applied. The live stream then halts its partition; a rebuild instead sets the aggregate aside —
 * its later events wait for the missing one, which a republish from the event store brings — and goes on
 * with the other aggregates. Aggregates still waiting at the end are reported, never silently skipped.
 */
@Component
public class BatchProjector {

    private static final Logger log = LoggerFactory.getLogger(BatchProjector.class);

    private final RecordDecoder decoder = RecordDecoder.standard();
    private final Projections projections;
    private final List<RebuildBuffer> buffers;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    BatchProjector(Projections projections, List<RebuildBuffer> buffers, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.projections = projections;
        this.buffers = buffers;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Starts a rebuild into the (empty) tables of {@code schema}; one at a time. */
    public Run start(String schema) {
        buffers.forEach(RebuildBuffer::clear);
        return new Run(schema);
    }

    /** An aggregate whose events stopped at a missing one. */
    public record Gap(String aggregateId, long expected, long received) {
    }

    /** Counts of one rebuild so far. */
    public record Counts(long applied, long duplicates, long unreadable, long setAside) {
    }

    /** One rebuild: the positions reached so far and what was done with each record. */
    public final class Run implements AutoCloseable {

        private final String schema;
        private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gp-rebuild-writer");
            thread.setDaemon(true);
            return thread;
        });
        private Future<?> lastWrite = CompletableFuture.completedFuture(null);
        private final Map<String, Position> positions = new HashMap<>();
        private final Map<String, Gap> waiting = new LinkedHashMap<>();
        private long applied;
        private long duplicates;
        private long unreadable;
        private long setAside;

        private Run(String schema) {
            this.schema = schema;
        }

        /**
         * Applies a batch of record values of {@code gp.events}, in log order, and hands its writes to the writer,
         * which commits them in one transaction while the next batch is read and applied. Batches are written one
         * after another, in order; a failed write fails the next call.
         */
        public void apply(List<byte[]> records) {
            List<Decoded> batch = decode(records);
            List<EventEnvelope> ofKnownAggregates = batch.stream().map(Decoded::envelope).filter(this::appliedBefore).toList();
            buffers.forEach(buffer -> buffer.prefetch(ofKnownAggregates, jdbc, schema));
            List<PositionRow> moved = Rebuilding.run(() -> applyInOrder(batch));
            List<RebuildBuffer.Write> writes = buffers.stream().map(RebuildBuffer::drain).toList();
            awaitWritten();
            lastWrite = writer.submit(() -> transactions.executeWithoutResult(status -> {
                // no wait for each batch's WAL flush: a crash before the switch fails the rebuild anyway, and the
                // switch's own (synchronous) commit comes later in the WAL, so flushing it flushes every batch
                jdbc.execute("set local synchronous_commit = off");
                writes.forEach(write -> write.to(jdbc, schema));
                writePositions(moved);
            }));
        }

        private boolean appliedBefore(EventEnvelope envelope) {
            Position position = positions.get(envelope.subject());
            return position != null && position.last >= 0;
        }

        /** Returns once every batch applied so far is committed. */
        public void awaitWritten() {
            try {
                lastWrite.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure
                        : new IllegalStateException("writing a rebuilt batch failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a rebuilt batch", e);
            }
        }

        /** Waits for the last write, then lets the writer go. */
        @Override
        public void close() {
            try {
                awaitWritten();
            } finally {
                writer.shutdownNow();
            }
        }

        public Counts counts() {
            return new Counts(applied, duplicates, unreadable, setAside);
        }

        /** Aggregates whose next event has not arrived although a later one did. */
        public List<Gap> gaps() {
            return List.copyOf(waiting.values());
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
                return decoder.decode(record);
            } catch (InvalidEnvelopeException unreadableRecord) {
                return null;
            }
        }

        private List<PositionRow> applyInOrder(List<Decoded> batch) {
            Map<String, Position> moved = new LinkedHashMap<>();
            for (Decoded decoded : batch) {
                EventEnvelope envelope = decoded.envelope();
                Position position = positions.computeIfAbsent(envelope.subject(),
                        id -> new Position(id, envelope.aggregateType()));
                long sequence = envelope.sequence();
                if (sequence <= position.last) {
                    duplicates++;
                } else if (sequence > position.last + 1) {
                    setAside(position, sequence);
                } else if (applied(decoded)) {
                    position.last = sequence;
                    moved.put(position.aggregateId, position);
                    waiting.remove(position.aggregateId);
                }
            }
            return moved.values().stream().map(Position::row).toList();
        }

        private boolean applied(Decoded decoded) {
            try {
                projections.apply(decoded.event(), decoded.envelope());
                applied++;
                return true;
            } catch (InvalidEnvelopeException unreadableEvent) {
                unreadable++;
                return false;
            }
        }

        private void setAside(Position position, long received) {
            setAside++;
            if (waiting.putIfAbsent(position.aggregateId, new Gap(position.aggregateId, position.last + 1, received)) == null) {
                log.warn("Rebuild: sequence gap in {} {}: expected sequence {}, received {}; its later events wait for the missing one",
                        position.aggregateType, position.aggregateId, position.last + 1, received);
            }
        }

        /** Positions first written go in with COPY; those an earlier batch wrote are updated. */
        private void writePositions(List<PositionRow> moved) {
            CopyRows started = new CopyRows();
            List<PositionRow> advanced = new ArrayList<>();
            for (PositionRow position : moved) {
                if (position.stored()) {
                    advanced.add(position);
                } else {
                    started.text(position.aggregateId()).text(position.aggregateType()).number(position.last()).endRow();
                }
            }
            started.copy(jdbc, "copy %s.aggregate_position (aggregate_id, aggregate_type, last_sequence) from stdin".formatted(schema));
            jdbc.batchUpdate("update %s.aggregate_position set last_sequence = ?, updated_at = now() where aggregate_id = ?"
                            .formatted(schema),
                    advanced, 1000, (statement, position) -> {
                        statement.setLong(1, position.last());
                        statement.setString(2, position.aggregateId());
                    });
        }
    }

    /** A position as a batch left it, for the writer; {@code stored} when an earlier batch wrote its row. */
    private record PositionRow(String aggregateId, String aggregateType, long last, boolean stored) {
    }

    private static final class Position {
        private final String aggregateId;
        private final String aggregateType;
        private long last = -1;
        private boolean stored;

        private Position(String aggregateId, String aggregateType) {
            this.aggregateId = aggregateId;
            this.aggregateType = aggregateType;
        }

        /** Its row as the batch leaves it; from then on the row exists. */
        private PositionRow row() {
            PositionRow row = new PositionRow(aggregateId, aggregateType, last, stored);
            stored = true;
            return row;
        }
    }
}

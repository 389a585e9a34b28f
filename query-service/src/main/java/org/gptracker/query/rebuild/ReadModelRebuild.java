package org.gptracker.query.rebuild;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.common.TopicPartition;
import org.gptracker.query.consistency.AggregatePosition;
import org.gptracker.query.consistency.EventStore;
import org.gptracker.query.projection.BatchProjector;
import org.gptracker.query.web.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Rebuilds every read model into fresh tables while the live ones answer, then switches over (DESIGN §4
 * "Rebuild", docs/decisions/0004). One rebuild at a time across every instance sharing the read-model database:
 * it holds a PostgreSQL advisory lock while it runs.
 */
@Component
class ReadModelRebuild {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    /** "gprb": the advisory lock a running rebuild holds. */
    private static final long REBUILD_LOCK = 0x67707262L;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration FINAL_CATCH_UP = Duration.ofSeconds(30);
    private static final Duration HISTORY_GRACE = Duration.ofSeconds(10);
    private static final int SHORTFALL_NAMED = 20;

    private final DataSource dataSource;
    private final ShadowSchema shadow;
    private final BatchProjector projector;
    private final EventStore eventStore;
    private final Map<String, Object> consumerProperties;
    private final String topic;
    private final RebuildSettings settings;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.idle());
    private volatile boolean stopping;

    ReadModelRebuild(DataSource dataSource, ShadowSchema shadow, BatchProjector projector, EventStore eventStore, KafkaProperties kafka,
                     @Value("${gp.kafka.topic}") String topic, RebuildSettings settings, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.shadow = shadow;
        this.projector = projector;
        this.eventStore = eventStore;
        this.consumerProperties = kafka.buildConsumerProperties(null);
        this.topic = topic;
        this.settings = settings;
        this.clock = Clock.systemUTC();
        Gauge.builder("gp.rebuild.running", progress, now -> now.get().isRunning() ? 1 : 0)
                .description("1 while a rebuild of the read models runs").register(meters);
        Gauge.builder("gp.rebuild.applied", progress, now -> now.get().applied())
                .description("Events the current or last rebuild applied").register(meters);
        Gauge.builder("gp.rebuild.lag", progress, now -> now.get().lag() == null ? 0 : now.get().lag())
                .description("Records of the event log the running rebuild has not read yet").register(meters);
    }

    RebuildProgress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background and answers at once. */
    synchronized RebuildProgress start(String authorization, boolean force) {
        if (progress.get().isRunning()) {
            throw alreadyRunning();
        }
        Connection lock = claimLock();
        RebuildProgress started = RebuildProgress.started(clock.instant());
        progress.set(started);
        Thread worker = new Thread(() -> runHolding(lock, authorization, force), "gp-rebuild");
        worker.setDaemon(true);
        worker.start();
        return started;
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    private Connection claimLock() {
        try {
            Connection connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
                statement.setLong(1, REBUILD_LOCK);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getBoolean(1)) {
                        return connection;
                    }
                }
            }
            connection.close();
            throw alreadyRunning();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim the rebuild lock", e);
        }
    }

    private static ConflictException alreadyRunning() {
        return new ConflictException("rebuild-running", "A rebuild is running",
                "A rebuild of the read models is already running; GET /admin/rebuild shows its progress.");
    }

    private void runHolding(Connection lock, String authorization, boolean force) {
        try {
            rebuild(lock, authorization, force);
        } catch (Exception | Error e) {
            log.error("The rebuild failed; the live read models keep serving", e);
            progress.updateAndGet(now -> now.failed(clock.instant(), e.getMessage() == null ? e.toString() : e.getMessage()));
            discardQuietly();
        } finally {
            release(lock);
        }
    }

    /** A pooled connection keeps its session's advisory locks: unlock before it goes back to the pool. */
    private static void release(Connection lock) {
        try (lock; PreparedStatement unlock = lock.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, REBUILD_LOCK);
            unlock.execute();
        } catch (SQLException e) {
            log.warn("Could not release the rebuild lock: {}", e.toString());
        }
    }

    private void rebuild(Connection lock, String authorization, boolean force) throws SQLException {
        log.info("Rebuilding the read models from the start of {}", topic);
        List<String> deferred = shadow.create();
        try (BatchProjector.Run run = projector.start(ShadowSchema.NEXT, settings.projectsInMemory());
             LogReader reader = new LogReader(consumerProperties, topic, settings.batchSize())) {
            int attempts = 0;
            while (true) {
                checkNotStopping();
                run.apply(reader.next(POLL));
                long lag = reader.lag();
                report(run, lag, attempts);
                if (lag <= settings.switchLag() && !deferred.isEmpty()) {
                    log.info("Rebuild: {} records read; building {} keys and indexes", run.counts(), deferred.size());
                    // the event store's positions are asked for while the database builds the indexes
                    CompletableFuture<List<AggregatePosition>> stored = CompletableFuture.supplyAsync(() ->
                            eventStore.lastSequences(authorization), runnable -> new Thread(runnable, "gp-rebuild-history").start());
                    long started = System.nanoTime();
                    run.awaitWritten();
                    shadow.complete(deferred, settings.maintenanceWorkMem());
                    log.info("Rebuild: keys and indexes built, tables vacuumed and analysed in {} ms", (System.nanoTime() - started) / 1_000_000);
                    deferred = List.of();
                    checkHistory(run, reader, stored, authorization, force);
                } else if (lag <= settings.switchLag()) {
                    attempts++;
                    if (switched(lock, run, reader, attempts)) {
                        break;
                    }
                }
            }
        }
        RebuildProgress done = progress.updateAndGet(now -> now.completed(clock.instant()));
        log.info("Rebuilt the read models: {} events applied, {} duplicates, {} unreadable, {} set aside, {} aggregates "
                        + "waiting for a missing event, at {} records/s; the rebuilt tables are live",
                done.applied(), done.duplicates(), done.unreadable(), done.setAside(), done.gaps().size(), done.eventsPerSecond());
        // the retired tables go once the rebuilt ones answer: still holding the lock, so no rebuild starts meanwhile
        if (!shadow.dropRetired(lock, lockTimeout())) {
            log.warn("The retired read-model tables are still being read; the next rebuild drops them");
        }
    }

    private boolean switched(Connection lock, BatchProjector.Run run, LogReader reader, int attempts) {
        try {
            shadow.switchOver(lock, lockTimeout(), () -> catchUp(run, reader));
            log.info("Rebuild: switched to the rebuilt read models");
            report(run, 0, attempts);
            return true;
        } catch (SQLException | SwitchNotReadyException e) {
            if (attempts >= settings.maxSwitchAttempts()) {
                throw new IllegalStateException("could not switch to the rebuilt read models after " + attempts
                        + " attempts: " + e.getMessage(), e);
            }
            log.warn("Switch to the rebuilt read models not possible yet (attempt {}): {}; catching up and trying again",
                    attempts, e.getMessage());
            return false;
        }
    }

    /**
     * A rebuild never goes live with less history than the event store holds: every aggregate's last applied sequence
     * must reach the store's (asked while the indexes are built, and once more after them if that failed; the store only
     * grows). Events stored just before the question may still be
     * on their way through the relay, so the log is read on for up to {@link #HISTORY_GRACE} before a shortfall counts.
     */
    private void checkHistory(BatchProjector.Run run, LogReader reader, CompletableFuture<List<AggregatePosition>> asked,
                              String authorization, boolean force) {
        List<AggregatePosition> stored;
        try {
            stored = asked.join();
        } catch (CompletionException whileBuilding) {
            // asked while this database built the indexes: a large store's answer can take the command service longer
            // than its timeouts then, so it is asked once more before the rebuild fails
            log.warn("Rebuild: the event store's positions could not be had while the indexes were built ({}); asking again",
                    whileBuilding.getMessage());
            try {
                stored = eventStore.lastSequences(authorization);
            } catch (RuntimeException unavailable) {
                if (!force) {
                    throw new IllegalStateException("cannot compare the rebuilt read models with the event store: "
                            + unavailable.getMessage() + " Retry when the command service answers, or rebuild with force=true", unavailable);
                }
                log.warn("Rebuild: cannot compare with the event store ({}); switching anyway, as forced", unavailable.getMessage());
                return;
            }
        }
        long deadline = System.nanoTime() + HISTORY_GRACE.toNanos();
        List<Shortfall> shortfall = shortfall(stored, run);
        while (!shortfall.isEmpty() && System.nanoTime() < deadline) {
            checkNotStopping();
            run.apply(reader.next(POLL));
            shortfall = shortfall(stored, run);
        }
        if (shortfall.isEmpty()) {
            log.info("Rebuild: every one of the event store's {} aggregates is rebuilt as far as the store holds it", stored.size());
            return;
        }
        List<Shortfall> named = shortfall.subList(0, Math.min(shortfall.size(), SHORTFALL_NAMED));
        progress.updateAndGet(now -> now.shortOf(named));
        String reason = "the rebuilt read models hold less history than the event store for " + shortfall.size()
                + " aggregate(s): " + named.stream().map(Shortfall::toString).collect(Collectors.joining(", "))
                + (shortfall.size() > named.size() ? ", ..." : "")
                + ". The event log lost records: POST /admin/republish on the command service puts them back, then rebuild"
                + " again (POST /admin/rebuild?force=true switches anyway)";
        if (!force) {
            throw new IllegalStateException(reason);
        }
        log.warn("Rebuild: {}; switching anyway, as forced", reason);
    }

    private static List<Shortfall> shortfall(List<AggregatePosition> stored, BatchProjector.Run run) {
        List<Shortfall> shortfall = new ArrayList<>();
        for (AggregatePosition aggregate : stored) {
            long rebuilt = run.lastApplied(aggregate.aggregateId());
            if (rebuilt < aggregate.lastSequence()) {
                shortfall.add(new Shortfall(aggregate.aggregateId(), aggregate.aggregateType(), aggregate.lastSequence(), rebuilt));
            }
        }
        return shortfall;
    }

    private String lockTimeout() {
        return settings.lockTimeout().toMillis() + "ms";
    }

    /** With every live projector held, reads the log up to its current end. */
    private void catchUp(BatchProjector.Run run, LogReader reader) {
        Map<TopicPartition, Long> ends = reader.ends();
        long deadline = System.nanoTime() + FINAL_CATCH_UP.toNanos();
        while (!reader.reached(ends)) {
            if (System.nanoTime() > deadline) {
                throw new SwitchNotReadyException("the log's end was not reached within " + FINAL_CATCH_UP);
            }
            run.apply(reader.next(POLL));
        }
        run.awaitWritten();
    }

    private void report(BatchProjector.Run run, long lag, int attempts) {
        List<BatchProjector.Gap> gaps = run.gaps();
        progress.updateAndGet(now -> now.running(run.counts(), lag, attempts, gaps, clock.instant()));
    }

    private void checkNotStopping() {
        if (stopping) {
            throw new IllegalStateException("the service is stopping");
        }
    }

    private void discardQuietly() {
        try {
            shadow.discard();
        } catch (RuntimeException e) {
            log.warn("Could not drop the schema of the failed rebuild: {}", e.toString());
        }
    }

    private static final class SwitchNotReadyException extends RuntimeException {
        SwitchNotReadyException(String message) {
            super(message);
        }
    }
}

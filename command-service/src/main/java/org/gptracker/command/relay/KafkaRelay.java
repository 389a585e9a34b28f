package org.gptracker.command.relay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox relay: a tracking processor over the event store whose token lives in PostgreSQL.
 * Each batch of stored events is sent to Kafka asynchronously and the batch (and with it the
 * token) commits only after Kafka acknowledged every record, so after any crash the relay resumes
 * from the last acknowledged position. Records may then be sent twice, never lost; consumers
 * deduplicate by (aggregate id, sequence). For the same reason a batch's commit does not wait for PostgreSQL to flush
 * it to disk: a token lost in a database crash only moves the relay back, to send again what Kafka already holds.
 */
@Component
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
class KafkaRelay {

    static final String PROCESSING_GROUP = "kafka-relay";
    private static final String BATCH = KafkaRelay.class.getName() + ".batch";

    private final EventPublisher publisher;
    private final RelaySettings settings;
    private final RelayMetrics metrics;
    private final GapWatch gapWatch;
    private final JdbcTemplate jdbc;

    KafkaRelay(EventPublisher publisher, RelaySettings settings, RelayMetrics metrics, GapWatch gapWatch, JdbcTemplate jdbc) {
        this.publisher = publisher;
        this.settings = settings;
        this.metrics = metrics;
        this.gapWatch = gapWatch;
        this.jdbc = jdbc;
    }

    @EventHandler
    void relay(DomainEventMessage<?> stored) {
        batch().send(stored);
        if (gapWatch.isLate(stored.getIdentifier())) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            batch.afterCommit(unitOfWork -> gapWatch.relayed(stored.getIdentifier()));
            batch.onRollback(unitOfWork -> gapWatch.notRelayed(stored.getIdentifier()));
        }
    }

    private EventPublisher.Batch batch() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            // in the batch's transaction, which writes the token only (see above)
            jdbc.execute("set local synchronous_commit = off");
            EventPublisher.Batch batch = publisher.batch();
            unitOfWork.onPrepareCommit(committing -> {
                batch.acknowledged(settings.acknowledgementTimeout());
                metrics.relayed(batch.published());
            });
            return batch;
        });
    }
}

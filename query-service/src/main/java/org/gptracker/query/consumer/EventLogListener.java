package org.gptracker.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.query.projection.Projector;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds each poll's records of the event log to the projector, which applies them in one
 * transaction. The container commits the offsets only after this method returns, so only once
 * their transaction has committed. When a record stops the batch, the records before it are
 * committed and the error handler deals with that record as with a single one (the dead-letter
 * topic for an unreadable record, retries for anything else); when the transaction itself failed,
 * nothing of the batch was applied and it is retried from its first record.
 */
@Component
class EventLogListener {

    static final String ID = "gp-event-log";

    private final Projector projector;

    EventLogListener(Projector projector) {
        this.projector = projector;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${gp.kafka.topic}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        Projector.StoppedAt stopped;
        try {
            stopped = projector.projectAll(records.stream().map(ConsumerRecord::value).toList());
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException("The batch's transaction failed; nothing of it was applied", failed, 0);
        }
        if (stopped != null) {
            throw new BatchListenerFailedException(String.valueOf(stopped.cause().getMessage()), stopped.cause(), stopped.index());
        }
    }
}

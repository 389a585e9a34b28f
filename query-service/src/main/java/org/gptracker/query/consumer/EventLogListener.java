package org.gptracker.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.query.projection.Projector;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds every record of the event log to the projector. The offset is committed by the container
 * after this method returns, so only once the record's database transaction has committed.
 */
@Component
class EventLogListener {

    static final String ID = "gp-event-log";

    private final Projector projector;

    EventLogListener(Projector projector) {
        this.projector = projector;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${gp.kafka.topic}")
    void on(ConsumerRecord<String, byte[]> record) {
        projector.project(record.value());
    }
}

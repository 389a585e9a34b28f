package org.gptracker.query.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.gptracker.query.projection.Projector;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds each poll of the event log to the {@link Projector} and dead-letters what can never be applied
 * (DESIGN §3 "Delivery", docs/decisions/0010). The container commits offsets only after this method returns, so
 * only once the poll's transaction committed; the partition counts as stalled until it advances again.
 */
@Component
class EventLogListener {

    static final String ID = "gp-event-log";

    private final Projector projector;
    private final DeadLetters deadLetters;
    private final ProjectionStalls stalls;

    EventLogListener(Projector projector, DeadLetters deadLetters, ProjectionStalls stalls) {
        this.projector = projector;
        this.deadLetters = deadLetters;
        this.stalls = stalls;
    }

    @KafkaListener(id = ID, idIsGroup = false, topics = "${gp.kafka.topic}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        Projector.Outcome outcome;
        try {
            outcome = projector.projectAll(records.stream().map(ConsumerRecord::value).toList());
        } catch (RuntimeException failed) {
            ConsumerRecord<String, byte[]> first = records.get(0);
            stalls.failing(first.topic(), first.partition(), first.offset(), failed);
            throw new BatchListenerFailedException("The batch's transaction failed; nothing of it was applied", failed, 0);
        }
        for (Projector.Refused refused : outcome.refused()) {
            deadLetters.accept(records.get(refused.index()), refused.reason());
        }
        int end = outcome.stopped() == null ? records.size() : outcome.stopped().index();
        lastOfEachPartition(records.subList(0, end)).forEach(record -> stalls.advanced(record.topic(), record.partition()));
        if (outcome.stopped() != null) {
            ConsumerRecord<String, byte[]> halted = records.get(end);
            RuntimeException cause = outcome.stopped().cause();
            stalls.failing(halted.topic(), halted.partition(), halted.offset(), cause);
            throw new BatchListenerFailedException(String.valueOf(cause.getMessage()), cause, end);
        }
    }

    private static Iterable<ConsumerRecord<String, byte[]>> lastOfEachPartition(List<ConsumerRecord<String, byte[]>> records) {
        Map<Integer, ConsumerRecord<String, byte[]>> last = new LinkedHashMap<>();
        records.forEach(record -> last.put(record.partition(), record));
        return last.values();
    }
}

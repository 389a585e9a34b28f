package org.gptracker.query.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.gptracker.events.envelope.DeadLetterHeaders;
import org.gptracker.events.envelope.InvalidEnvelopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Moves a record that cannot be read as an event to the dead-letter topic, with why in the
 * {@value DeadLetterHeaders#REASON} header (next to Spring's {@code kafka_dlt-*} headers: original topic,
 * partition, offset, exception). It returns only once the dead letter is stored, so the record's
 * offset is committed only then.
 */
@Component
class DeadLetters implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterPublishingRecoverer publisher;
    private final Counter deadLettered;

    DeadLetters(KafkaOperations<?, ?> kafka, KafkaSettings settings, MeterRegistry registry) {
        // partition -1: the producer picks it from the key, whatever the dead-letter topic's partition count
        this.publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(settings.deadLetterTopic(), -1));
        this.publisher.setHeadersFunction(DeadLetters::reasonHeader);
        this.deadLettered = Counter.builder("gp.events.dead.lettered")
                .description("Records of the event log that could not be read and went to the dead-letter topic")
                .register(registry);
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception exception) {
        publisher.accept(record, exception);
        deadLettered.increment();
        log.warn("Dead-lettered {}-{}@{} (key {}): {}", record.topic(), record.partition(), record.offset(),
                record.key(), reason(exception));
    }

    private static Headers reasonHeader(ConsumerRecord<?, ?> record, Exception exception) {
        return new RecordHeaders().add(DeadLetterHeaders.REASON, reason(exception).getBytes(StandardCharsets.UTF_8));
    }

    static String reason(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEnvelopeException unreadable) {
                return unreadable.getMessage();
            }
        }
        return String.valueOf(exception.getMessage());
    }
}

package org.gptracker.command.relay;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.Provenance;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;

/**
 * How a stored event goes to Kafka: wrapped in its CloudEvents envelope, keyed by its aggregate id,
 * sent on the event topic by the service's producer. The relay and the republish both send through
 * here, so a republished record is the same record the relay sent.
 */
@Component
class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final RelaySettings settings;
    private final EnvelopeCodec codec = EnvelopeCodec.standard();

    EventPublisher(KafkaTemplate<String, byte[]> kafka, RelaySettings settings) {
        this.kafka = kafka;
        this.settings = settings;
    }

    /**
     * Sends what the producer still holds at once, rather than after {@code linger.ms}: a relay batch or a republish
     * page is complete and about to wait for its acknowledgements, so waiting for more records to join it gains nothing.
     */
    void flush() {
        kafka.flush();
    }

    /** Sends asynchronously; the answer completes when Kafka acknowledged the record. */
    CompletableFuture<SendResult<String, byte[]>> send(DomainEventMessage<?> stored) {
        if (!(stored.getPayload() instanceof GpEvent event)) {
            throw new IllegalStateException("stored event " + stored.getIdentifier() + " of type "
                    + stored.getPayloadType().getName() + " is not part of the published contract");
        }
        EventEnvelope envelope = codec.wrap(event, new Provenance(
                stored.getIdentifier(),
                settings.source(),
                stored.getAggregateIdentifier(),
                stored.getSequenceNumber(),
                stored.getTimestamp(),
                (String) stored.getMetaData().get(CommandMetadata.ACTOR),
                (String) stored.getMetaData().get(CommandMetadata.CORRELATION_ID)));
        return kafka.send(new ProducerRecord<>(settings.topic(), envelope.subject(), codec.encode(envelope)));
    }
}

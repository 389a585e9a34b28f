package org.gptracker.command.relay;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.gptracker.command.audit.ActorDirectory;
import org.gptracker.command.audit.ChainMetadata;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.Provenance;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How stored events go to Kafka: each wrapped in its CloudEvents envelope, keyed by its aggregate id, sent on the event
 * topic by the service's producer, a batch at a time. The relay and the republish both send through here, so a
 * republished record is the same record the relay sent. The envelope's {@code data} is the stored payload as it is
 * (the event store keeps it in canonical JSON, the bytes the audit chain hashed): a stored event is never bound to its
 * record and written again on its way out.
 */
@Component
class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;
    private final RelaySettings settings;
    private final ActorDirectory actors;
    private final Serializer storeSerializer;
    private final EnvelopeCodec codec = EnvelopeCodec.standard();

    /** @param storeSerializer the serializer the relay's store reads with: asked for it, a read event hands its stored bytes */
    EventPublisher(KafkaTemplate<String, byte[]> kafka, RelaySettings settings, ActorDirectory actors,
                   @Qualifier("eventSerializer") Serializer storeSerializer) {
        this.kafka = kafka;
        this.settings = settings;
        this.actors = actors;
        this.storeSerializer = storeSerializer;
    }

    /** A new batch to send. */
    Batch batch() {
        return new Batch();
    }

    /** One relay batch or republish page: sent asynchronously, then flushed and waited for once. */
    final class Batch {

        private final List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();

        /** Sends asynchronously; {@link #acknowledged} waits for Kafka's acknowledgement. */
        void send(DomainEventMessage<?> stored) {
            SerializedObject<byte[]> payload = stored.serializePayload(storeSerializer, byte[].class);
            // Axon reads the metadata anyway (its correlation data providers ask every handled event's)
            MetaData metaData = stored.getMetaData();
            String actorRef = (String) metaData.get(ChainMetadata.ACTOR_REF);
            SerializedType type = payload.getType();
            EventEnvelope envelope;
            try {
                envelope = codec.wrapStored(type.getName() + ".v" + type.getRevision(), payload.getData(), new Provenance(
                        stored.getIdentifier(),
                        settings.source(),
                        stored.getAggregateIdentifier(),
                        stored.getSequenceNumber(),
                        stored.getTimestamp(),
                        actors.subOf(actorRef).orElse(null),
                        (String) metaData.get(CommandMetadata.CORRELATION_ID),
                        actorRef,
                        (String) metaData.get(ChainMetadata.HASH),
                        (String) metaData.get(ChainMetadata.PREV_HASH)));
            } catch (IllegalArgumentException notOfTheContract) {
                throw new IllegalStateException(notOfTheContract.getMessage(), notOfTheContract);
            }
            sends.add(kafka.send(new ProducerRecord<>(settings.topic(), envelope.subject(), codec.encode(envelope))));
        }

        int size() {
            return sends.size();
        }

        /**
         * Sends what the producer still holds at once, rather than after {@code linger.ms} (the batch is complete, so
         * waiting for more records to join it gains nothing), then waits until Kafka acknowledged every record.
         *
         * @throws RelayFailedException when a record was refused or not acknowledged within {@code timeout}
         */
        void acknowledged(Duration timeout) {
            kafka.flush();
            new Acknowledgements(sends, timeout).await();
        }
    }
}

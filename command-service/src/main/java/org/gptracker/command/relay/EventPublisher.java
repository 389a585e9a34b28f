package org.gptracker.command.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.gptracker.command.audit.ActorDirectory;
import org.gptracker.command.audit.ChainMetadata;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.events.envelope.DeadLetterHeaders;
import org.gptracker.events.envelope.EnvelopeCodec;
import org.gptracker.events.envelope.EventEnvelope;
import org.gptracker.events.envelope.Provenance;
import org.gptracker.events.EventCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How stored events go to Kafka: each wrapped in its CloudEvents envelope, keyed by its aggregate id, sent on the event
 * topic by the service's producer, a batch at a time. The relay and the republish both send through here, so a
 * republished record is the same record the relay sent. The envelope's {@code data} is the stored payload as it is
 * (the event store keeps it in canonical JSON, the bytes the audit chain hashed): a stored event is never bound to its
 * record and written again on its way out. A stored event of a known type that can never become a record of the
 * contract ({@link UnpublishableEventException}) goes to the dead-letter topic instead, its stored payload with the
 * reason in header {@value DeadLetterHeaders#REASON} (as the query service's dead letters), logged at ERROR and counted in
 * {@code gp_relay_dead_lettered_total}: set aside, never silently dropped, and never retried for ever (decision 0067).
 */
@Component
class EventPublisher {

    private static final Logger log = LoggerFactory.getLogger(EventPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final RelaySettings settings;
    private final ActorDirectory actors;
    private final Serializer storeSerializer;
    private final Counter deadLettered;
    private final EnvelopeCodec codec = EnvelopeCodec.standard();
    private final EventCatalog catalog = EventCatalog.standard();

    /** @param storeSerializer the serializer the relay's store reads with: asked for it, a read event hands its stored bytes */
    EventPublisher(KafkaTemplate<String, byte[]> kafka, RelaySettings settings, ActorDirectory actors,
                   @Qualifier("eventSerializer") Serializer storeSerializer, MeterRegistry registry) {
        this.kafka = kafka;
        this.settings = settings;
        this.actors = actors;
        this.storeSerializer = storeSerializer;
        this.deadLettered = Counter.builder("gp.relay.dead.lettered")
                .description("Stored events the relay could not make a record of the contract of (metadata the command side never "
                        + "writes, a payload that is no JSON object of its type), sent to the dead-letter topic instead")
                .register(registry);
    }

    /**
     * The envelope of a stored event.
     *
     * @throws UnpublishableEventException when the event can never become a record of the contract
     * @throws RelayFailedException        when its type is one this version does not know: a newer instance may publish
     *                                     it (during a rolling upgrade), so its batch is retried rather than set aside
     */
    private EventEnvelope envelope(DomainEventMessage<?> stored, String wireType, byte[] payload) {
        if (catalog.byWireType(wireType).isEmpty()) {
            throw new RelayFailedException("event " + stored.getIdentifier() + " is of type " + wireType + ", which this "
                    + "version of the service does not publish: retried until an instance that knows it relays it");
        }
        // Axon reads the metadata anyway (its correlation data providers ask every handled event's)
        MetaData metaData = stored.getMetaData();
        String actorRef = text(metaData, ChainMetadata.ACTOR_REF);
        try {
            return codec.wrapStored(wireType, payload, new Provenance(
                    stored.getIdentifier(),
                    settings.source(),
                    stored.getAggregateIdentifier(),
                    stored.getSequenceNumber(),
                    stored.getTimestamp(),
                    actors.subOf(actorRef).orElse(null),
                    text(metaData, CommandMetadata.CORRELATION_ID),
                    actorRef,
                    text(metaData, ChainMetadata.HASH),
                    text(metaData, ChainMetadata.PREV_HASH)));
        } catch (IllegalArgumentException notOfTheContract) {
            throw new UnpublishableEventException(notOfTheContract.getMessage(), notOfTheContract);
        }
    }

    /** A metadata value the command side writes as text (or not at all). */
    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        String kind = value instanceof Number ? "a number" : value instanceof Boolean ? "a boolean"
                : value instanceof Map ? "an object" : value instanceof Collection ? "an array"
                : "a " + value.getClass().getSimpleName();
        throw new UnpublishableEventException("its metadata '" + key + "' is " + kind + ", not a string");
    }

    /** A new batch to send. */
    Batch batch() {
        return new Batch();
    }

    /** One relay batch or republish page: sent asynchronously, then flushed and waited for once. */
    final class Batch {

        private final List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
        private int deadLetters;

        /** Sends asynchronously; {@link #acknowledged} waits for Kafka's acknowledgement. */
        void send(DomainEventMessage<?> stored) {
            SerializedObject<byte[]> payload = stored.serializePayload(storeSerializer, byte[].class);
            SerializedType type = payload.getType();
            String wireType = type.getName() + ".v" + type.getRevision();
            EventEnvelope envelope;
            try {
                envelope = envelope(stored, wireType, payload.getData());
            } catch (UnpublishableEventException unpublishable) {
                deadLetter(stored, wireType, payload.getData(), unpublishable.getMessage());
                return;
            }
            sends.add(kafka.send(new ProducerRecord<>(settings.topic(), envelope.subject(), codec.encode(envelope))));
        }

        private void deadLetter(DomainEventMessage<?> stored, String wireType, byte[] payload, String reason) {
            String because = "stored event " + stored.getIdentifier() + " (" + stored.getAggregateIdentifier() + " #"
                    + stored.getSequenceNumber() + ") cannot be published: " + reason;
            log.error("{}; sent to {} instead (header {}), the relay goes on", because, settings.deadLetterTopic(), DeadLetterHeaders.REASON);
            RecordHeaders headers = new RecordHeaders();
            headers.add(DeadLetterHeaders.REASON, utf8(because));
            headers.add(DeadLetterHeaders.EVENT_ID, utf8(stored.getIdentifier()));
            if (stored instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
                tracked.trackingToken().position().ifPresent(index -> headers.add(DeadLetterHeaders.GLOBAL_INDEX, utf8(Long.toString(index))));
            }
            headers.add(DeadLetterHeaders.PAYLOAD_TYPE, utf8(wireType));
            sends.add(kafka.send(new ProducerRecord<>(settings.deadLetterTopic(), null, stored.getAggregateIdentifier(), payload, headers)));
            deadLetters++;
        }

        /** The records sent, dead letters included. */
        int size() {
            return sends.size();
        }

        /** The events of this batch on the event topic (not dead-lettered). */
        int published() {
            return sends.size() - deadLetters;
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
            deadLettered.increment(deadLetters);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

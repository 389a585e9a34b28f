package org.gptracker.command.audit;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.GpEvent;
import org.gptracker.events.chain.ChainHasher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Links every event of the contract into its aggregate's audit chain as it is published, inside the command's
 * unit of work and so in the transaction that appends it: the token's {@code sub} in its metadata is replaced
 * by the actor's pseudonymous reference, and {@code hash}/{@code prevHash} are added. The hash covers the
 * payload exactly as it is stored (canonical JSON, written by the event serializer) and the recorded time as the
 * storage engine writes it (milliseconds). The linked event hands the storage engine those very bytes, so the payload
 * is serialized once per event, not once for the hash and again for the row.
 */
@Component
class ChainLinker {

    private final ActorDirectory actors;
    private final ChainHeads heads;
    private final Serializer serializer;
    private final EventCatalog catalog = EventCatalog.standard();
    private final ThreadLocal<ChainHasher> hashers = ThreadLocal.withInitial(ChainHasher::new);

    ChainLinker(ActorDirectory actors, ChainHeads heads, @Qualifier("eventSerializer") Serializer serializer,
                EventStore eventStore) {
        this.actors = actors;
        this.heads = heads;
        this.serializer = serializer;
        // not a bean of the interceptor type: Axon's auto-configuration would offer such a bean to other buses
        MessageDispatchInterceptor<EventMessage<?>> linking = messages -> (index, message) -> link(message);
        eventStore.registerDispatchInterceptor(linking);
    }

    private EventMessage<?> link(EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> event) || !(event.getPayload() instanceof GpEvent payload)) {
            return message;
        }
        Map<String, Object> metaData = new HashMap<>(event.getMetaData());
        Object sub = metaData.remove(CommandMetadata.ACTOR);
        String actorRef = sub == null ? null : actors.refFor(sub.toString());
        String aggregateId = event.getAggregateIdentifier();
        long sequence = event.getSequenceNumber();
        String prevHash = heads.previous(aggregateId, sequence);
        SerializedObject<byte[]> serialized = serializer.serialize(payload, byte[].class);
        byte[] storedPayload = serialized.getData();
        EventCatalog.Entry type = catalog.of(payload.getClass());
        String hash = hashers.get().hash(prevHash, actorRef, aggregateId, type.aggregateType(),
                payload.effectiveDate() == null ? null : payload.effectiveDate().toString(), storedPayload,
                payload.presidencyYear(), DateTimeUtils.formatInstant(event.getTimestamp()), sequence,
                type.wireType());
        heads.linked(aggregateId, sequence, hash);
        if (actorRef != null) {
            metaData.put(ChainMetadata.ACTOR_REF, actorRef);
        }
        metaData.put(ChainMetadata.HASH, hash);
        metaData.put(ChainMetadata.PREV_HASH, prevHash);
        return new Linked<>(event, metaData, serializer, serialized);
    }

    /** The event with its chain metadata, answering the storage engine's request for its payload with the hashed bytes. */
    private static final class Linked<T> extends GenericDomainEventMessage<T> {

        private final transient Serializer serializer;
        private final transient SerializedObject<byte[]> payload;

        Linked(DomainEventMessage<T> event, Map<String, ?> metaData, Serializer serializer, SerializedObject<byte[]> payload) {
            super(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                    new GenericMessage<>(event.getIdentifier(), event.getPayloadType(), event.getPayload(), metaData), event.getTimestamp());
            this.serializer = serializer;
            this.payload = payload;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> SerializedObject<R> serializePayload(Serializer serializer, Class<R> expectedRepresentation) {
            if (serializer == this.serializer && expectedRepresentation == byte[].class) {
                return (SerializedObject<R>) payload;
            }
            return super.serializePayload(serializer, expectedRepresentation);
        }
    }
}

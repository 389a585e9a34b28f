package org.gptracker.command.eventstore;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.gptracker.events.EventCatalog;
import org.gptracker.events.EventJson;
import org.gptracker.events.GpEvent;
import org.gptracker.events.chain.CanonicalJson;

/**
 * Jackson serialization that records an event of the contract under its wire name and version
 * ({@code payload_type = gp.project.ProjectProposed}, {@code payload_revision = 1}) instead of its
 * Java class name, so moving or renaming a class never strands stored events, and an upcaster
 * can address an old version by (name, revision). Everything else keeps its class name. An event's
 * payload is stored in canonical JSON (RFC 8785), the bytes its audit chain hashes.
 */
final class ContractSerializer extends JacksonSerializer {

    private final EventCatalog catalog;

    private ContractSerializer(Builder builder, EventCatalog catalog) {
        super(builder);
        this.catalog = catalog;
    }

    static ContractSerializer create() {
        return new ContractSerializer(JacksonSerializer.builder().objectMapper(EventJson.newMapper()), EventCatalog.standard());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = super.serialize(object, expectedRepresentation);
        if (object instanceof GpEvent && serialized.getData() instanceof byte[] json) {
            return (SerializedObject<T>) new SimpleSerializedObject<>(CanonicalJson.of(json), byte[].class, serialized.getType());
        }
        return serialized;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return catalog.find(type)
                .<SerializedType>map(entry -> new SimpleSerializedType(entry.name(), String.valueOf(entry.version())))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType type) {
        return catalog.byWireType(type.getName() + ".v" + type.getRevision())
                .map(entry -> entry.eventClass().getName())
                .orElseGet(() -> super.resolveClassName(type));
    }
}

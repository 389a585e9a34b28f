package org.gptracker.events;

import org.gptracker.events.project.ProjectProposed;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type of the contract, by its wire name. Adding an event means listing it here. */
public final class EventCatalog {

    private static final List<Class<? extends GpEvent>> EVENT_CLASSES = List.of(
            ProjectProposed.class
    );

    private static final EventCatalog STANDARD = new EventCatalog(EVENT_CLASSES);

    private final Map<String, Entry> byWireType = new LinkedHashMap<>();
    private final Map<Class<?>, Entry> byClass = new LinkedHashMap<>();

    /**
     * One event type: its versionless name, its version, its aggregate type and its Java record.
     * The wire type is {@code name + ".v" + version}.
     */
    public record Entry(String name, int version, String aggregateType, Class<? extends GpEvent> eventClass) {
        public String wireType() {
            return name + ".v" + version;
        }
    }

    private EventCatalog(List<Class<? extends GpEvent>> classes) {
        for (Class<? extends GpEvent> eventClass : classes) {
            EventType type = eventClass.getAnnotation(EventType.class);
            if (type == null) {
                throw new IllegalStateException(eventClass.getName() + " has no @EventType");
            }
            Entry entry = new Entry(type.name(), type.version(), type.aggregate(), eventClass);
            if (byWireType.putIfAbsent(entry.wireType(), entry) != null) {
                throw new IllegalStateException("two event classes claim " + entry.wireType());
            }
            byClass.put(eventClass, entry);
        }
    }

    public static EventCatalog standard() {
        return STANDARD;
    }

    public Optional<Entry> byWireType(String wireType) {
        return Optional.ofNullable(byWireType.get(wireType));
    }

    public Entry of(Class<?> eventClass) {
        return find(eventClass).orElseThrow(
                () -> new IllegalArgumentException(eventClass.getName() + " is not an event of the contract"));
    }

    public Optional<Entry> find(Class<?> eventClass) {
        return Optional.ofNullable(byClass.get(eventClass));
    }

    public Collection<Entry> entries() {
        return byWireType.values();
    }
}

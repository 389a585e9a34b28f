package org.gptracker.query.projection;

import org.gptracker.events.GpEvent;
import org.gptracker.events.envelope.EventEnvelope;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every projection handler, by the event type it applies; an event nobody handles is simply passed over.
 * A handler of {@link GpEvent} itself applies every event, before the handlers of the event's own type, so
 * that an event it refuses as unreadable has changed nothing yet (which matters when writes are buffered).
 */
@Component
class Projections {

    private final Map<Class<?>, List<ProjectionHandler<?>>> byEventType;
    private final List<ProjectionHandler<?>> ofEveryEvent;

    Projections(List<ProjectionHandler<?>> handlers) {
        this.byEventType = handlers.stream().collect(Collectors.groupingBy(ProjectionHandler::eventType));
        this.ofEveryEvent = byEventType.getOrDefault(GpEvent.class, List.of());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void apply(GpEvent event, EventEnvelope envelope) {
        for (ProjectionHandler handler : ofEveryEvent) {
            handler.apply(event, envelope);
        }
        for (ProjectionHandler handler : byEventType.getOrDefault(event.getClass(), List.of())) {
            handler.apply(event, envelope);
        }
    }
}

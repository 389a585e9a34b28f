package org.gptracker.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.command.security.Caller;

import java.util.HashMap;
import java.util.Map;

/**
 * Who sent a request and the correlation id that ties its events together: the actor is the bearer
 * token's {@code sub}; the correlation id is the request's, given it by {@link CorrelationIdFilter}.
 */
public final class RequestContext {

    private RequestContext() {
    }

    public static Map<String, String> metadata(HttpServletRequest request) {
        String correlationId = CorrelationIdFilter.of(request);
        Caller caller = Caller.current();
        Map<String, String> metadata = new HashMap<>(CommandMetadata.of(caller.subject(), correlationId));
        if (caller.actingFor() != null) {
            metadata.put(CommandMetadata.ACTING_FOR, caller.actingFor());
        }
        return metadata;
    }
}

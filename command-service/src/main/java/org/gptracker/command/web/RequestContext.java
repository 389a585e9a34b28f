package org.gptracker.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.command.security.Caller;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who sent a request and the correlation id that ties its events together: the actor is the bearer
 * token's {@code sub}; the correlation id is the client's {@code X-Correlation-Id} when it sends a
 * sensible one, else a new UUID.
 */
public final class RequestContext {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestContext() {
    }

    public static Map<String, String> metadata(HttpServletRequest request) {
        String supplied = request.getHeader(CORRELATION_HEADER);
        String correlationId = supplied != null && SENSIBLE_ID.matcher(supplied).matches() ? supplied : UUID.randomUUID().toString();
        Caller caller = Caller.current();
        Map<String, String> metadata = new HashMap<>(CommandMetadata.of(caller.subject(), correlationId));
        if (caller.actingFor() != null) {
            metadata.put(CommandMetadata.ACTING_FOR, caller.actingFor());
        }
        return metadata;
    }
}

package org.gptracker.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.eventstore.CommandMetadata;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who sent a request and the correlation id that ties its events together. Until authentication
 * exists (DESIGN §6) every request acts as {@value #ANONYMOUS}; the correlation id is the
 * client's {@code X-Correlation-Id} when it sends a sensible one, else a new UUID.
 */
public final class RequestContext {

    public static final String CORRELATION_HEADER = "X-Correlation-Id";
    static final String ANONYMOUS = "anonymous";
    private static final Pattern SENSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestContext() {
    }

    public static Map<String, String> metadata(HttpServletRequest request) {
        String supplied = request.getHeader(CORRELATION_HEADER);
        String correlationId = supplied != null && SENSIBLE_ID.matcher(supplied).matches() ? supplied : UUID.randomUUID().toString();
        return CommandMetadata.of(ANONYMOUS, correlationId);
    }
}

package org.gptracker.command.security;

import jakarta.servlet.http.HttpServletRequest;
import org.gptracker.command.eventstore.CommandMetadata;
import org.gptracker.command.web.CorrelationIdFilter;
import org.gptracker.command.web.RequestMetadata;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Who sent a request and the correlation id that ties its events together: the actor is the bearer
 * token's {@code sub}, and a country-scoped caller's state is carried for the aggregates to check.
 */
@Component
class CallerMetadata implements RequestMetadata {

    @Override
    public Map<String, String> of(HttpServletRequest request) {
        Caller caller = Caller.current();
        Map<String, String> metadata = new HashMap<>(CommandMetadata.of(caller.subject(), CorrelationIdFilter.of(request)));
        if (caller.actingFor() != null) {
            metadata.put(CommandMetadata.ACTING_FOR, caller.actingFor());
        }
        return metadata;
    }
}

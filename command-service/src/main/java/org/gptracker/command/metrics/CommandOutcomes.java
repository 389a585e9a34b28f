package org.gptracker.command.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.command.web.CommandRequests;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts every command request by its answer in {@code gp_commands_total} (labels: docs/operations.md). It runs
 * ahead of security, so 401 and 403 are counted too; every label has a small, fixed set of values: no ids.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CommandOutcomes extends OncePerRequestFilter {

    static final String METRIC = "gp.commands";
    static final String NO_CODE = "none";

    private static final String COMMAND = CommandOutcomes.class.getName() + ".command";

    private final MeterRegistry registry;
    /** The counters by their tags (command, outcome, status, code): looked up, not built and registered, per request. */
    private final ConcurrentMap<List<String>, Counter> counters = new ConcurrentHashMap<>();

    CommandOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        Optional<String> command = CommandRoutes.commandAt(request.getRequestURI());
        command.ifPresent(name -> request.setAttribute(COMMAND, name));
        return command.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String command = (String) request.getAttribute(COMMAND);
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException escaped) {
            count(command, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, false, NO_CODE);
            throw escaped;
        }
        count(command, response.getStatus(), "true".equals(response.getHeader(CommandRequests.REPLAYED)),
                refusalCode(request).orElse(NO_CODE));
    }

    private void count(String command, int status, boolean replayed, String code) {
        String outcome = outcome(status, replayed);
        String statusText = String.valueOf(status);
        counters.computeIfAbsent(List.of(command, outcome, statusText, code), tags -> Counter.builder(METRIC)
                .description("Command requests by command, outcome (accepted, replayed, refused, failed), HTTP status and refusal code")
                .tag("command", command)
                .tag("outcome", outcome)
                .tag("status", statusText)
                .tag("code", code)
                .register(registry)).increment();
    }

    private static String outcome(int status, boolean replayed) {
        if (status >= 500) {
            return "failed";
        }
        if (status >= 400) {
            return "refused";
        }
        return replayed ? "replayed" : "accepted";
    }

    /** The exception the problem handler answered, which Spring leaves on the request. */
    private static Optional<String> refusalCode(HttpServletRequest request) {
        for (Object handled = request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
             handled instanceof Throwable failure; handled = failure.getCause() == failure ? null : failure.getCause()) {
            if (failure instanceof CommandRefusedException refused) {
                return Optional.of(refused.code().name());
            }
            if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException) {
                return Optional.of("CONCURRENT_CHANGE");
            }
        }
        return Optional.empty();
    }
}

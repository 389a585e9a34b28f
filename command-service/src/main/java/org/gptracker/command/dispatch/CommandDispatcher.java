package org.gptracker.command.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gptracker.command.eventstore.CachedState;
import org.gptracker.command.eventstore.DecidedOnCachedStateException;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a command and waits for it to be stored or refused, deciding it again after a lost race on its
 * aggregate's sequence or a refusal on cached state (docs/decisions/0030).
 */
@Component
public class CommandDispatcher {

    private static final int ATTEMPTS = 3;

    private final CommandGateway gateway;
    private final Counter redecided;

    CommandDispatcher(CommandGateway gateway, MeterRegistry registry) {
        this.gateway = gateway;
        this.redecided = Counter.builder("gp.commands.redecided")
                .description("Commands refused, or found to change nothing, on cached state and decided again on stored state")
                .register(registry);
    }

    public void send(Object command, Map<String, ?> metadata) {
        Map<String, Object> sent = new HashMap<>(metadata);
        for (int attempt = 1; ; attempt++) {
            try {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(sent));
                return;
            } catch (ConcurrencyException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            } catch (DecidedOnCachedStateException cached) {
                redecided.increment();
                sent.put(CachedState.FRESH, Boolean.TRUE);
            }
        }
    }
}

package org.gptracker.command.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.gptracker.command.AccessRefusedException;
import org.gptracker.command.CommandRefusedException;
import org.gptracker.command.NothingChanged;
import org.springframework.stereotype.Component;

/**
 * A command decided on state kept in memory is answered only when it stored something: a refusal, or a
 * decision that nothing changes, may be owed to a change another instance stored since, so it becomes a
 * {@link DecidedOnCachedStateException} for the sender to decide again on fresh state. (A stored decision on
 * stale state cannot happen: its append collides with the other instance's sequence number.)
 */
@Component
class CachedStateCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result;
        try {
            result = chain.proceed();
        } catch (CommandRefusedException | AccessRefusedException refused) {
            throw CachedState.wasUsed(unitOfWork) ? new DecidedOnCachedStateException(refused) : refused;
        }
        if (result == NothingChanged.INSTANCE && CachedState.wasUsed(unitOfWork)) {
            throw new DecidedOnCachedStateException(null);
        }
        return result;
    }
}

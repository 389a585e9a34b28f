package org.gptracker.command.audit;

import org.gptracker.events.audit.ActorErased;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Erasing a person: their mapping is deleted and {@code gp.audit.ActorErased.v1} stored in one transaction, so the
 * read models learn to forget the name exactly when the store did.
 */
@Component
class Erasures {

    private final ActorDirectory actors;
    private final AuditEvents events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Erasures(ActorDirectory actors, AuditEvents events, PlatformTransactionManager transactions, Clock clock) {
        this.actors = actors;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** @return the erased reference, empty when no actor with this sub is known */
    Optional<String> erase(String sub, String erasedBy, String correlationId) {
        return transaction.execute(status -> {
            Optional<String> erased = actors.erase(sub);
            // a person erasing themselves is not named again on the erasure
            String by = sub.equals(erasedBy) ? null : erasedBy;
            erased.ifPresent(ref -> events.publish(ref, new ActorErased(ref, LocalDate.now(clock), null), by, correlationId));
            return erased;
        });
    }
}

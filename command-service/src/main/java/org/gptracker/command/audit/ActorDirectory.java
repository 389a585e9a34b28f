package org.gptracker.command.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who acted, kept apart from what they did: events carry a random {@code actorRef}, and only
 * {@code events.actor} maps it to the token's {@code sub}. Erasing a person deletes that row; their events
 * keep the reference (which the audit chain covers), and nothing leads back to them. Lookups are cached
 * for {@code gp.audit.actor-cache-ttl} (10 s), so another instance stops using an erased mapping within it.
 */
@Component
public class ActorDirectory {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ExpiringCache refsBySub;
    private final ExpiringCache subsByRef;

    ActorDirectory(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   @Value("${gp.audit.actor-cache-ttl:10s}") Duration ttl) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // committed at once, whatever becomes of the command: a mapping no event uses yet is harmless
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.refsBySub = new ExpiringCache(ttl, System::nanoTime);
        this.subsByRef = new ExpiringCache(ttl, System::nanoTime);
    }

    /** The reference events carry for this {@code sub}, made up the first time it acts. */
    String refFor(String sub) {
        String cached = refsBySub.get(sub);
        if (cached != null) {
            return cached;
        }
        String ref = ownTransaction.execute(status -> {
            jdbc.update("insert into events.actor (actor_ref, sub) values (?, ?) on conflict (sub) do nothing",
                    UUID.randomUUID().toString(), sub);
            return jdbc.queryForObject("select actor_ref from events.actor where sub = ?", String.class, sub);
        });
        refsBySub.put(sub, ref);
        return ref;
    }

    /** Who a reference stands for, while that is not erased. */
    public Optional<String> subOf(String actorRef) {
        if (actorRef == null) {
            return Optional.empty();
        }
        String cached = subsByRef.get(actorRef);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<String> subs = jdbc.queryForList("select sub from events.actor where actor_ref = ?", String.class, actorRef);
        if (subs.isEmpty()) {
            return Optional.empty();
        }
        subsByRef.put(actorRef, subs.get(0));
        return Optional.of(subs.get(0));
    }

    /**
     * Deletes the mapping of {@code sub} and puts the reference in place of the name on the import runs it started (in
     * the caller's transaction); the erased reference, or empty when unknown.
     */
    Optional<String> erase(String sub) {
        List<String> refs = jdbc.queryForList("delete from events.actor where sub = ? returning actor_ref", String.class, sub);
        // the one other place the store names who acted: an import run keeps who started it, now by reference
        refs.stream().findFirst().ifPresent(ref ->
                jdbc.update("update events.import_run set actor = ? where actor = ?", ref, sub));
        refsBySub.remove(sub);
        refs.forEach(subsByRef::remove);
        subsByRef.removeValue(sub);
        return refs.stream().findFirst();
    }
}

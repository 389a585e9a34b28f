package org.gptracker.command.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who acted, kept apart from what they did: events carry a random {@code actorRef}, and only
 * {@code events.actor} maps it to the token's {@code sub}. Erasing a person deletes that row; their events
 * keep the reference (which the audit chain covers), and nothing leads back to them. Lookups are cached
 * for {@code gp.audit.actor-cache-ttl} (10 s), so another instance stops using an erased mapping within it; an
 * erased reference is cached as such too, so resolving it costs one query per time to live, not one per event.
 */
@Component
public class ActorDirectory {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final ExpiringCache<String> refsBySub;
    /** An erased reference is kept too (as empty): references are never handed out again, so it stays erased. */
    private final ExpiringCache<Optional<String>> subsByRef;

    ActorDirectory(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                   @Value("${gp.audit.actor-cache-ttl:10s}") Duration ttl) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        // committed at once, whatever becomes of the command: a mapping no event uses yet is harmless
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.refsBySub = new ExpiringCache<>(ttl, System::nanoTime);
        this.subsByRef = new ExpiringCache<>(ttl, System::nanoTime);
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
        Optional<String> cached = subsByRef.get(actorRef);
        if (cached != null) {
            return cached;
        }
        Optional<String> sub = jdbc.queryForList("select sub from events.actor where actor_ref = ?", String.class, actorRef)
                .stream().findFirst();
        subsByRef.put(actorRef, sub);
        return sub;
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
        // forgotten once the deletion is committed: a lookup until then still finds the mapping, and must not outlive it
        afterCommit(() -> {
            refsBySub.remove(sub);
            subsByRef.removeValue(Optional.of(sub));
            refs.forEach(ref -> subsByRef.put(ref, Optional.empty()));
        });
        return refs.stream().findFirst();
    }

    private static void afterCommit(Runnable forget) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            forget.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                forget.run();
            }
        });
    }
}
